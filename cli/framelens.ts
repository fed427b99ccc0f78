#!/usr/bin/env node
// The framelens command line: runs the command (run-cli.ts picks it) and sets the exit code.
// Each command only parses its arguments, calls the library and prints; the work is in pipeline/.
//   exit 0: done; 1: bad usage or input that stops the run; 2: internal error (a bug).
import { runCli } from './run-cli.js';
import { UsageError } from './usage-error.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`framelens: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`framelens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    }
  },
);
