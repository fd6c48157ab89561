/** A file system error as a lead reads it: the usual causes in Chinese, anything else with Node's own message. */
export function ioErrorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return '文件不存在';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return '没有读写权限';
  if (err?.code === 'EISDIR') return '这是一个文件夹';
  if (err?.code === 'ENOTDIR') return '路径中有一段不是文件夹';
  if (err?.code === 'EMFILE' || err?.code === 'ENFILE') return '同时打开的文件太多';
  if (err?.code === 'ENOSPC') return '磁盘空间不足';
  if (err?.code === 'EROFS') return '文件系统是只读的';
  return err?.message ?? String(e);
}
