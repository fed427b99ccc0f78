// SpillFile: an append-only temporary file that a run's growing in-memory data (the packed
// per-document figures, label candidates' examples) moves to, so that the main thread's memory
// stays flat however large the corpus. It is opened on the first append, in the system's
// temporary folder, and unlinked at once where the system allows it (Linux, macOS): the bytes
// live as long as the open descriptor, and nothing is left behind by a run that is killed.
// Elsewhere the file is removed when the store is closed or the process exits. Reads and
// writes are synchronous (a chunk at a time, from the page cache in practice): the summary
// reports read their documents back in a plain loop.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Closes the descriptor of a spill file its owner dropped without `close`. */
const closeOnCollect = new FinalizationRegistry<{ fd: number; dir: string }>((held) => dispose(held));

/** A spill file as another thread of the process reads it (the descriptor is shared). */
export interface SpillShare {
  readonly fd: number;
  readonly size: number;
}

export class SpillFile {
  #held: { fd: number; dir: string } | null = null;
  #size = 0;
  /** A borrowed view reads another SpillFile's descriptor and never closes it. */
  #borrowed = false;

  /** A read-only view of a spill file that `share` gave, in another worker thread. Its owner
   *  must not close the file while the view reads it. */
  static borrowed(share: SpillShare): SpillFile {
    const view = new SpillFile();
    view.#held = { fd: share.fd, dir: '' };
    view.#size = share.size;
    view.#borrowed = true;
    return view;
  }

  /** What `borrowed` needs to read this file from another thread; null before anything is written. */
  share(): SpillShare | null {
    return this.#held ? { fd: this.#held.fd, size: this.#size } : null;
  }

  /** Bytes appended so far. */
  get size(): number {
    return this.#size;
  }

  /** Appends `bytes`; returns the offset they start at. */
  append(bytes: Uint8Array): number {
    if (this.#borrowed) throw new Error('spill file: a borrowed view is read-only');
    const fd = this.#open();
    const at = this.#size;
    let done = 0;
    while (done < bytes.byteLength) done += writeSync(fd, bytes, done, bytes.byteLength - done, at + done);
    this.#size += bytes.byteLength;
    return at;
  }

  /** `length` bytes from offset `at` into `into` (a fresh buffer when not given). */
  read(at: number, length: number, into: Uint8Array = new Uint8Array(length)): Uint8Array {
    if (!this.#held || at + length > this.#size) throw new RangeError(`spill file: ${length} bytes at ${at} were never written`);
    let done = 0;
    while (done < length) {
      const n = readSync(this.#held.fd, into, done, length - done, at + done);
      if (n === 0) throw new Error(`spill file: it ends before byte ${at + length}`);
      done += n;
    }
    return into;
  }

  /** Closes (and so frees) the file; appending opens a new one. */
  close(): void {
    if (!this.#held) return;
    if (this.#borrowed) {
      this.#held = null;
      return;
    }
    closeOnCollect.unregister(this);
    dispose(this.#held);
    this.#held = null;
    this.#size = 0;
  }

  #open(): number {
    if (this.#held) return this.#held.fd;
    const dir = mkdtempSync(join(tmpdir(), 'framelens-spill-'));
    const path = join(dir, 'spill.bin');
    const fd = openSync(path, 'w+', 0o600);
    let kept = dir;
    try {
      unlinkSync(path);
      rmSync(dir, { recursive: true, force: true });
      kept = '';
    } catch {
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    this.#held = { fd, dir: kept };
    closeOnCollect.register(this, this.#held, this);
    return fd;
  }
}

function dispose(held: { fd: number; dir: string }): void {
  try {
    closeSync(held.fd);
  } catch {
    // already closed
  }
  if (held.dir !== '') rmSync(held.dir, { recursive: true, force: true });
}
