/**
 * Writes text given in pieces (a large report or cache file is never made as one string): each
 * piece is encoded into one buffer kept for the whole file; a new buffer per piece was as many
 * bytes allocated as the file has (30 MB of SARIF at 30,000 scripts). A piece too large for it
 * (a fixed file's whole text in `--fix-dry-run`'s JSON) gets a buffer of its own, let go after it
 * is written, so that the kept one stays small.
 */
import * as fs from 'fs';

/** The kept buffer: a formatter's piece (`CHUNK` units, plus the entry that passed it) fits. */
const WRITE_BUFFER = 1 << 18;

/** Writes every piece to an open file, in order, each one whole (a short write is continued). */
export function writePieces(fd: number, pieces: Iterable<string>): void {
  const kept = Buffer.allocUnsafe(WRITE_BUFFER);
  for (const piece of pieces) {
    // a UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4)
    const own = piece.length * 3 > kept.length;
    const b = own ? Buffer.from(piece, 'utf8') : kept;
    const n = own ? b.length : kept.write(piece, 0, 'utf8');
    for (let off = 0; off < n;) off += fs.writeSync(fd, b, off, n - off);
  }
}
