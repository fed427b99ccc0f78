// node dist/bench/polnear-to-gold.js CHECKOUT SPLIT OUT.jsonl
// Converts a PolNeAR checkout's train or dev split (CHECKOUT/data/SPLIT/{text,attributions})
// to framelens quote gold JSONL (pipeline/eval/read-polnear.ts says how PolNeAR's conventions map
// to framelens kinds and speakers). The test split is refused: it belongs to a held-out
// evaluation. An article annotated more than once keeps its first annotation (sorted by file
// name). The output holds the article texts: keep it out of the repository.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { polnearGold } from '../pipeline/eval/read-polnear.js';

async function main(): Promise<void> {
  const [checkout, split, out] = process.argv.slice(2);
  if (!checkout || !split || !out) throw new Error('usage: polnear-to-gold CHECKOUT train|dev OUT.jsonl');
  if (split !== 'train' && split !== 'dev') throw new Error('only the train and dev splits may be converted');
  const dir = join(checkout, 'data', split);
  const anns = (await readdir(join(dir, 'attributions'))).filter((f) => f.endsWith('.ann')).sort();
  const seen = new Set<string>();
  const lines: string[] = [];
  let quotes = 0;
  for (const file of anns) {
    const id = file.replace(/(_[0-9a-f]{4})?\.ann$/, '');
    if (seen.has(id)) continue;
    seen.add(id);
    const text = await readFile(join(dir, 'text', `${id}.txt`), 'utf8');
    const { doc, problems } = polnearGold(id, id.split('_')[0]!, text, await readFile(join(dir, 'attributions', file), 'utf8'));
    for (const p of problems) console.error(p);
    quotes += doc.quotes.length;
    lines.push(JSON.stringify(doc));
  }
  await writeFile(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} documents, ${quotes} attributions → ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
