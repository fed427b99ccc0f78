// Reading a report folder's manifest.json for `framelens reproduce`: checks the parts that
// reproduce relies on (zod) and returns them typed, or one problem line saying what is wrong.
// Other manifest fields pass through untouched.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const placed = z.object({ from: z.enum(['package', 'report']), path: z.string() });

const manifestSchema = z.looseObject({
  framelens: z.string(),
  node: z.string(),
  options: z.looseObject({ actors: z.object({ file: z.string(), sha256: z.string() }).nullable().optional() }),
  inputs: z.array(z.looseObject({ file: z.string(), sha256: z.string() })),
  lexicons: z.array(z.looseObject({ id: z.string(), use: z.string(), file: z.string(), sha256: z.string() })),
  reproduce: z.object({
    versions: z.record(z.string(), z.string()),
    inputs_root: placed,
    inputs: z.array(z.string()),
    lexicons: z.array(placed),
    actors: placed.nullable(),
    options: z.array(z.string()),
  }),
});

export type RecordedManifest = z.infer<typeof manifestSchema>;

export type RecordedManifestRead = { readonly ok: true; readonly manifest: RecordedManifest } | { readonly ok: false; readonly problems: readonly string[] };

export async function readRecordedManifest(dir: string): Promise<RecordedManifestRead> {
  const path = join(dir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: false, problems: [`${path}: no such file (is ${dir} a framelens report folder?)`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${path}: not valid JSON (${(error as Error).message})`] };
  }
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.join('.');
  const hint = where.startsWith('reproduce') ? ' (written by a framelens without `reproduce` records; re-run analyze)' : '';
  return { ok: false, problems: [`${path}: ${where || 'manifest'}: ${issue.message}${hint}`] };
}
