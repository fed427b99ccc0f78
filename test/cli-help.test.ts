// The command line as a new user meets it (issue 7 rows 9 and 10): help for every command
// listing every option, --version, `help`, one line per bad value, and a plain line for the
// commands the interface names that are not written yet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, NOT_YET } from '../cli/command-list.js';
import { runCli } from '../cli/run-cli.js';
import { UsageError } from '../cli/usage-error.js';
import { PACKAGE_ROOT, PACKAGE_VERSION } from '../pipeline/package-root.js';

async function cli(...argv: string[]): Promise<{ code: number | null; stdout: string; error: string | null }> {
  const out: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true, isTTY: false } };
  try {
    return { code: await runCli(argv, io), stdout: out.join(''), error: null };
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return { code: null, stdout: out.join(''), error: (error as Error).message };
  }
}

describe('help and version', () => {
  it('docs/commands.md quotes the overview and every command\'s --help as they are', async () => {
    const doc = readFileSync(join(PACKAGE_ROOT, 'docs', 'commands.md'), 'utf8');
    expect(doc).toContain((await cli('--help')).stdout);
    for (const command of COMMANDS) expect(doc, `docs/commands.md: framelens ${command.name} --help`).toContain((await cli(...command.name.split(' '), '--help')).stdout);
  });

  it('--help of every command lists every one of its options, and `help COMMAND` prints the same', async () => {
    for (const command of COMMANDS) {
      const { code, stdout } = await cli(...command.name.split(' '), '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: framelens ${command.name}`));
      for (const [name, option] of Object.entries(command.options)) {
        expect(stdout, `${command.name} --help must explain --${name}`).toMatch(new RegExp(`^  (INPUT\\s.*)?--${name}\\b`, 'm'));
        if (option.short) expect(stdout).toContain(`-${option.short}`);
      }
      expect((await cli('help', ...command.name.split(' '))).stdout).toBe(stdout);
    }
  });

  it('answers help, --help, --version and the command groups', async () => {
    for (const words of [['help'], ['--help'], ['-h']]) {
      const { code, stdout } = await cli(...words);
      expect(code).toBe(0);
      for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name} `);
      for (const name of Object.keys(NOT_YET)) expect(stdout).toContain(`  ${name} `);
    }
    expect(await cli('--version')).toEqual({ code: 0, stdout: `framelens ${PACKAGE_VERSION}\n`, error: null });
    expect((await cli('lexicon', '--help')).stdout).toContain('framelens lexicon check');
    expect((await cli('eval', '--help')).stdout).toMatch(/framelens eval terms[\s\S]*framelens eval quotes/);
    expect((await cli()).code).toBe(1);
  });
});

describe('bad usage is one line', () => {
  it.each([
    [['analyze', '--kwic', '-1'], "analyze: --kwic must be a whole number >= 0, not '-1'"],
    [['analyze', '--jobs', '-1'], "analyze: --jobs must be a whole number >= 1, not '-1'"],
    [['analyze', '--max-doc-mb', '-0.5'], "analyze: --max-doc-mb must be a number > 0, not '-0.5'"],
    [['analyze', '--kwic', '--quiet'], 'analyze: --kwic needs a value (see framelens analyze --help)'],
    [['analyze', '--out'], 'analyze: --out needs a value (see framelens analyze --help)'],
    [['eval'], 'eval needs a subcommand: eval terms, eval quotes (see framelens eval --help)'],
    [['lexicon', 'chek', 'x.yaml'], "lexicon has no subcommand 'chek': lexicon check (see framelens lexicon --help)"],
    [['analyse'], "unknown command 'analyse': the commands are analyze, merge, reproduce, lexicon check, eval terms, eval quotes (see framelens --help)"],
  ])('%j → %s', async (argv, message) => {
    const { error } = await cli(...argv);
    expect(error).toBe(message);
  });

});
