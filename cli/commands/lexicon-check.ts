// framelens lexicon-check (TODO issue 3: placeholder until the command lands).
import { UsageError } from '../usage-error.js';

export async function runLexiconCheck(_args: string[]): Promise<number> {
  throw new UsageError('lexicon-check is not available yet');
}
