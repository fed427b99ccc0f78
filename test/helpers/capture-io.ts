// Standard output and error of a command run in a test: captured as text, or dropped.
export interface CapturedIo {
  readonly io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean; isTTY: false } };
  readonly out: () => string;
  readonly err: () => string;
}

export function captureIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (s) => out.push(s) > 0 }, stderr: { write: (s) => err.push(s) > 0, isTTY: false } },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/** For a command whose output the test does not read. */
export const SILENT_IO: CapturedIo['io'] = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };
