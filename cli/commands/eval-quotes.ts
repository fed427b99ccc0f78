// framelens eval-quotes (TODO issue 4: placeholder until the command lands).
import { UsageError } from '../usage-error.js';

export async function runEvalQuotes(_args: string[]): Promise<number> {
  throw new UsageError('eval-quotes is not available yet');
}
