/**
 * Writes a fixed file atomically: a temporary file in the same folder, with the original's
 * mode, renamed over the original (the real file when the path is a symbolic link), so a crash
 * never leaves a half-written library behind.
 */
import * as fs from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export function writeFileAtomic(file: string, content: string): void {
  let target = file;
  try { target = fs.realpathSync(file); } catch { /* a new file */ }
  let mode = 0o644;
  try { mode = fs.statSync(target).mode & 0o7777; } catch { /* keep default */ }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(tmp, content, { encoding: 'utf8', mode, flag: 'wx' });
    fs.chmodSync(tmp, mode); // the umask may have narrowed it
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    throw e;
  }
}
