// framelens eval-terms (TODO issue 3: placeholder until the command lands).
import { UsageError } from '../usage-error.js';

export async function runEvalTerms(_args: string[]): Promise<number> {
  throw new UsageError('eval-terms is not available yet');
}
