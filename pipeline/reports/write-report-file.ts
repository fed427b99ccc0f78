// Writing a report folder's files: each under a temporary name (`.name.pid.tmp`) in the
// folder, renamed into place once complete, so a file is never seen half written; text is
// buffered and written 64 K characters at a time. A summary report is streamed: its rows are
// made as they are written.
import { open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunTotals } from '../stats/run-totals.js';
import { csvBatches, headerOf } from './csv-text.js';
import type { SummaryReport } from './report-spec.js';

const FLUSH_CHARS = 1 << 16;

/** Writes `chunks` to `dir/file` through a temporary file and a rename. */
export async function writeFileAtomically(dir: string, file: string, chunks: Iterable<string>): Promise<void> {
  const out = await TempFile.open(dir, file);
  try {
    for (const chunk of chunks) await out.write(chunk);
  } catch (error) {
    await out.discard();
    throw error;
  }
  await out.commit();
}

/** A file written under `.name.pid.tmp` and renamed into place on commit. */
export class TempFile {
  #pending = '';
  private constructor(readonly tmp: string, readonly final: string, readonly handle: FileHandle) {}

  static async open(dir: string, file: string): Promise<TempFile> {
    const tmp = join(dir, `.${file}.${process.pid}.tmp`);
    return new TempFile(tmp, join(dir, file), await open(tmp, 'w'));
  }

  async write(text: string): Promise<void> {
    this.#pending += text;
    if (this.#pending.length >= FLUSH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#pending === '') return;
    const text = this.#pending;
    this.#pending = '';
    await this.handle.write(text, null, 'utf8');
  }

  async commit(): Promise<void> {
    await this.flush();
    await this.handle.close();
    await rename(this.tmp, this.final);
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.tmp, { force: true });
  }
}

/** Writes one summary report from the totals (streamed: the rows are made as they are written). */
export async function writeSummaryReport<Row>(dir: string, spec: SummaryReport<Row>, totals: RunTotals): Promise<void> {
  await writeFileAtomically(dir, spec.file, csvText(spec, spec.rows(totals)));
}

function* csvText<Row>(spec: SummaryReport<Row>, rows: Iterable<Row>): Generator<string> {
  yield headerOf(spec);
  yield* csvBatches(spec, rows);
}
