/**
 * Writes a file atomically: a temporary file in the same folder, with the original's mode,
 * renamed over the original (the real file when the path is a symbolic link), so a crash never
 * leaves a half-written library, baseline or cache behind. The content may come in pieces (a
 * large cache file is never made as one string).
 */
import * as fs from 'fs';
import * as path from 'path';
import { crypto } from '../node/digest';
import { writePieces } from './piece-writer';

export function writeFileAtomic(file: string, content: string | Iterable<string>): void {
  let target = file;
  try { target = fs.realpathSync(file); } catch { /* a new file */ }
  let mode = 0o644;
  try { mode = fs.statSync(target).mode & 0o7777; } catch { /* keep default */ }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
      writePieces(fd, typeof content === 'string' ? [content] : content);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(tmp, mode); // the umask may have narrowed it
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    throw e;
  }
}
