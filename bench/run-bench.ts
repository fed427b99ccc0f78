// npm run bench [-- N]: times the analysis of the bundled corpus replicated to N documents
// (default 2000) and prints documents/s, tokens/s and peak RSS. Reading and report writing
// are not timed. A rough guide for planning runs, not a test.
import { analyzeRecords, readCorpus, resolveLexicons } from '../pipeline/index.js';
import { BUNDLED_CORPUS_DIR } from '../pipeline/package-root.js';
import type { ReadResult, SourceDoc } from '../pipeline/index.js';

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 2000);
  if (!Number.isInteger(target) || target < 1) throw new Error('usage: run-bench [N documents]');
  const lexicons = await resolveLexicons([]);
  const read = await readCorpus([BUNDLED_CORPUS_DIR]);
  if (!lexicons.ok || !read.ok) throw new Error('the bundled corpus or lexicons cannot be read');
  const docs = read.records.flatMap((r) => (r.kind === 'doc' ? [r.doc] : []));
  const records: ReadResult[] = Array.from({ length: target }, (_, i) => replica(docs[i % docs.length]!, i));
  const started = process.hrtime.bigint();
  let tokens = 0;
  const counts = await analyzeRecords(records, { lexicons: lexicons.lexicons, kwicWindow: 8 }, {
    add: (o) => (tokens += o.kind === 'processed' ? o.doc.tokenCount : 0),
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${counts.processed} documents (${docs.length} distinct, replicated), ${tokens} tokens in ${seconds.toFixed(2)} s`);
  console.log(`${(counts.processed / seconds).toFixed(1)} docs/s, ${Math.round(tokens / seconds)} tokens/s, peak RSS ${rssMb.toFixed(0)} MB`);
}

/** A copy under its own id and outlet, so duplicate detection keeps every replica. */
function replica(doc: SourceDoc, i: number): ReadResult {
  return { kind: 'doc', doc: { ...doc, meta: { ...doc.meta, docId: `bench-${i}`, outlet: `${doc.meta.outlet} #${i}` } } };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
