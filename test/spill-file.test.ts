// The spill file a run moves its growing figures to: what is appended reads back, and nothing
// is left in the temporary folder (on Linux the file is unlinked as soon as it is open).
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SpillFile } from '../pipeline/stats/spill-file.js';

const spillDirs = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith('framelens-spill-'));

describe('SpillFile', () => {
  it('reads back what was appended, at the offsets append returned', () => {
    const before = spillDirs().length;
    const spill = new SpillFile();
    const a = spill.append(Buffer.from('terror cult, “regime”'));
    const b = spill.append(new Uint8Array([0, 255, 7]));
    expect(a).toBe(0);
    expect(Buffer.from(spill.read(a, b)).toString('utf8')).toBe('terror cult, “regime”');
    expect([...spill.read(b, 3)]).toEqual([0, 255, 7]);
    expect(spill.size).toBe(b + 3);
    if (process.platform === 'linux') expect(spillDirs().length).toBe(before);
    spill.close();
    expect(spillDirs().length).toBeLessThanOrEqual(before);
  });

  it('refuses to read what was never written', () => {
    const spill = new SpillFile();
    expect(() => spill.read(0, 1)).toThrow(/never written/);
    spill.append(new Uint8Array(4));
    expect(() => spill.read(2, 4)).toThrow(/never written/);
    spill.close();
    expect(() => spill.read(0, 4)).toThrow(/never written/);
  });
});
