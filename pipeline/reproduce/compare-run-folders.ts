// Comparing a recorded report folder with its re-run, file by file (every .csv, .json, .jsonl
// and .html file) and byte by byte. For each
// file that differs: its first differing rows (CSV records, parsed per RFC 4180, numbered as
// data rows under the header) or lines (manifest.json, report.html), recorded and re-run side
// by side, long lines cut around the first differing character. Reads both folders; writes
// nothing. alignRecordedParts first gives the re-run's manifest the recorded versions and
// `reproduce` block (where files were, not what was found), so only results are compared.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface FileDifference {
  readonly file: string;
  /** Human lines: which rows differ and how. */
  readonly details: readonly string[];
}

const SHOWN_ROWS = 3;
const WIDTH = 160;

/** The kinds of file a run writes (.csv reports, manifest.json, report.html, .jsonl sidecars);
 *  anything else in a report folder (reports/README.md, a user's notes) is not compared. */
const RUN_FILE = /\.(csv|json|jsonl|html)$/;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.') && RUN_FILE.test(e.name)).map((e) => e.name).sort();
}

export async function compareRunFolders(recordedDir: string, rerunDir: string): Promise<FileDifference[]> {
  const [recorded, rerun] = [await listFiles(recordedDir), await listFiles(rerunDir)];
  const differences: FileDifference[] = [];
  for (const file of [...new Set([...recorded, ...rerun])].sort()) {
    if (!rerun.includes(file)) differences.push({ file, details: ['only in the recorded folder (the re-run did not write it)'] });
    else if (!recorded.includes(file)) differences.push({ file, details: ['only in the re-run (the recorded folder lacks it)'] });
    else {
      const [a, b] = [await readFile(join(recordedDir, file)), await readFile(join(rerunDir, file))];
      if (!a.equals(b)) differences.push({ file, details: describeDifference(file, a.toString('utf8'), b.toString('utf8')) });
    }
  }
  return differences;
}

function describeDifference(file: string, a: string, b: string): string[] {
  const csv = file.endsWith('.csv');
  const [rowsA, rowsB] = csv ? [csvRows(a), csvRows(b)] : [a.split('\n'), b.split('\n')];
  const unit = csv ? 'row' : 'line';
  const details: string[] = [];
  if (rowsA.length !== rowsB.length) details.push(`${rowsA.length - (csv ? 1 : 0)} ${unit}s recorded, ${rowsB.length - (csv ? 1 : 0)} re-run`);
  for (let i = 0; i < Math.max(rowsA.length, rowsB.length) && details.length <= SHOWN_ROWS; i++) {
    const [x, y] = [rowsA[i], rowsB[i]];
    if (x === y) continue;
    const name = csv ? (i === 0 ? 'header' : `row ${i}`) : `line ${i + 1}`;
    const [cx, cy] = cut(x ?? '', y ?? '');
    details.push(`${name}: recorded ${x === undefined ? '(none)' : cx}`, `${' '.repeat(name.length)}  re-run   ${y === undefined ? '(none)' : cy}`);
  }
  if (details.length === 0) details.push('same rows, different bytes (line endings or quoting)');
  return details;
}

function csvRows(text: string): string[] {
  try {
    return (parse(text, { relax_column_count: true }) as string[][]).map((r) => JSON.stringify(r).slice(1, -1));
  } catch {
    return text.split('\r\n');
  }
}

/** Both lines cut to WIDTH characters around their first difference. */
function cut(x: string, y: string): [string, string] {
  if (x.length <= WIDTH && y.length <= WIDTH) return [x, y];
  let at = 0;
  while (at < x.length && x[at] === y[at]) at++;
  const from = Math.max(0, at - WIDTH / 4);
  const piece = (s: string) => `${from > 0 ? '…' : ''}${s.slice(from, from + WIDTH)}${s.length > from + WIDTH ? '…' : ''}`;
  return [piece(x), piece(y)];
}

/** Gives the re-run's manifest.json the recorded versions and reproduce block. Returns true
 *  when the file changed (then report.html, which shows the manifest, must be rewritten). */
export async function alignRecordedParts(recordedDir: string, rerunDir: string): Promise<boolean> {
  const recorded = JSON.parse(await readFile(join(recordedDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const path = join(rerunDir, 'manifest.json');
  const before = await readFile(path, 'utf8');
  const manifest = JSON.parse(before) as Record<string, unknown>;
  manifest.framelens = recorded.framelens;
  manifest.node = recorded.node;
  manifest.reproduce = recorded.reproduce;
  const after = `${JSON.stringify(manifest, null, 2)}\n`;
  if (after === before) return false;
  await writeFile(path, after);
  return true;
}
