// Progress on stderr while documents are analysed: a cli-progress bar on a terminal
// (documents done/total, docs/s, ETA); plain lines at most every 5 seconds otherwise (logs,
// CI); nothing when quiet.
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

function barProgress(stream: ErrorStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'analysing {bar} {value}/{total} docs | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  return {
    update({ done, total }) {
      if (started === 0) {
        started = Date.now();
        bar.start(total, 0, { rate: '0.0' });
      }
      bar.update(done, { rate: rate(done, started).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

function plainProgress(stream: ErrorStream): ProgressReporter {
  let started = 0;
  let last = 0;
  let latest: Progress | null = null;
  const line = ({ done, total }: Progress): void => {
    const perSecond = rate(done, started);
    const eta = perSecond > 0 ? ` ETA ${Math.ceil((total - done) / perSecond)} s` : '';
    stream.write(`analysed ${done}/${total} documents (${perSecond.toFixed(1)} docs/s${done < total ? `,${eta}` : ''})\n`);
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
