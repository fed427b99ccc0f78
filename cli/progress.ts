// Progress on stderr while documents are analysed: a cli-progress bar on a terminal
// (documents and megabytes done, docs/s, ETA); plain lines at most every 5 seconds otherwise
// (logs, CI); nothing when quiet. The bar and the ETA follow the bytes of text, which also
// move inside a long document, so a 20 MB document does not look stuck.
import cliProgress from 'cli-progress';
import type { Progress } from '../pipeline/index.js';

export interface ErrorStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface ProgressReporter {
  update(progress: Progress): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5000;

export function createProgress(stream: ErrorStream, quiet: boolean): ProgressReporter {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  return stream.isTTY ? barProgress(stream) : plainProgress(stream);
}

function rate(done: number, started: number): number {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(1);

function barProgress(stream: ErrorStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'analysing {bar} {docs}/{docsTotal} docs | {mb}/{mbTotal} MB | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  return {
    update({ done, total, doneBytes, totalBytes }) {
      const payload = { docs: done, docsTotal: total, mb: mb(doneBytes), mbTotal: mb(totalBytes), rate: rate(done, started).toFixed(1) };
      if (started === 0) {
        started = Date.now();
        bar.start(Math.max(totalBytes, 1), 0, payload);
      }
      bar.update(doneBytes, payload);
    },
    stop: () => bar.stop(),
  };
}

function plainProgress(stream: ErrorStream): ProgressReporter {
  let started = 0;
  let last = 0;
  let latest: Progress | null = null;
  const line = ({ done, total, doneBytes, totalBytes }: Progress): void => {
    const perSecond = rate(doneBytes, started);
    const eta = perSecond > 0 && doneBytes < totalBytes ? `, ETA ${Math.ceil((totalBytes - doneBytes) / perSecond)} s` : '';
    stream.write(`analysed ${done}/${total} documents, ${mb(doneBytes)}/${mb(totalBytes)} MB (${rate(done, started).toFixed(1)} docs/s${eta})\n`);
  };
  return {
    update(progress) {
      const now = Date.now();
      if (started === 0) started = last = now;
      latest = progress;
      if (now - last >= PLAIN_EVERY_MS) {
        last = now;
        line(progress);
      }
    },
    stop() {
      if (latest) line(latest);
    },
  };
}
