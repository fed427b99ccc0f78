// A problem the user can fix (bad option, missing file, broken lexicon): one line on stderr,
// exit 1, no stack trace. Anything else that reaches the top is a bug: exit 2.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
