// framelens analyze (TODO issue 2: placeholder until the command lands).
import { UsageError } from '../usage-error.js';

export async function runAnalyze(_args: string[]): Promise<number> {
  throw new UsageError('analyze is not available yet');
}
