// node dist/bench/quote-stage-share.js [GOLD.jsonl]: times each stage (tokenize, find-quotes,
// attribute-quotes, tag-terms) on documents of growing length made by joining gold texts (the
// bundled in-house gold by default), and prints each stage's share of the time. Quote stages
// that stay linear keep their time per token flat as documents grow. A guide, not a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeQuotes } from '../pipeline/attribute-quotes.js';
import { findQuotes } from '../pipeline/find-quotes.js';
import { resolveLexicons } from '../pipeline/index.js';
import { PACKAGE_ROOT } from '../pipeline/package-root.js';
import { tagTerms } from '../pipeline/tag-terms.js';
import { tokenize } from '../pipeline/tokenize.js';

const REPS = Number(process.env.REPS ?? 3);

async function main(): Promise<void> {
  const file = process.argv[2] ?? join(PACKAGE_ROOT, 'test', 'gold', 'quotes-dev.jsonl');
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const lexicons = await resolveLexicons([]);
  if (!lexicons.ok) throw new Error('bundled lexicons do not load');
  const ctx = { lexicons: lexicons.lexicons, kwicWindow: 8 };
  const base = texts.join('\n\n');
  for (const copies of (process.env.COPIES ?? "1,1,4,16,64").split(",").map(Number)) {
    const text = Array.from({ length: copies }, () => base).join('\n\n');
    const ms = { tokenize: 0, findQuotes: 0, attributeQuotes: 0, tagTerms: 0 };
    const time = <T>(stage: keyof typeof ms, f: () => T): T => {
      const t0 = performance.now();
      const out = f();
      ms[stage] += performance.now() - t0;
      return out;
    };
    for (let rep = 0; rep < REPS; rep++) {
      const tokens = time('tokenize', () => tokenize({ meta: { docId: 'b', outlet: 'b', date: '', title: '', url: '', author: '', origin: 'b' }, text }));
      const quoted = time('findQuotes', () => findQuotes(tokens, ctx));
      const attributed = time('attributeQuotes', () => attributeQuotes(quoted, ctx));
      time('tagTerms', () => tagTerms(attributed, ctx));
    }
    const total = Object.values(ms).reduce((a, b) => a + b, 0);
    const share = (x: number) => `${((100 * x) / total).toFixed(1)}%`;
    console.log(`${copies}× (${text.length} chars): total ${(total / REPS).toFixed(0)} ms/doc (attribute-quotes ${(ms.attributeQuotes / REPS).toFixed(0)} ms); tokenize ${share(ms.tokenize)}, find-quotes ${share(ms.findQuotes)}, attribute-quotes ${share(ms.attributeQuotes)}, tag-terms ${share(ms.tagTerms)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
