// Picks the command from argv and runs it; `help`, `--help`, `--version` and the command
// groups (`lexicon`, `eval`) are answered here. Returns the exit code; a UsageError thrown
// by a command is printed by cli/framelens.ts as one line (exit 1).
import { PACKAGE_VERSION } from '../pipeline/package-root.js';
import { COMMANDS, NOT_YET, type CommandSpec } from './command-list.js';
import type { CommandIo } from './commands/analyze.js';
import { UsageError } from './usage-error.js';

export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'usage: framelens COMMAND [ARGS ...]    (framelens help COMMAND, or COMMAND --help, for its options)',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    ...Object.keys(NOT_YET).map((n) => `  ${n.padEnd(width)}not available yet`),
    '',
    'options:',
    `  ${'--help, -h'.padEnd(width)}this overview`,
    `  ${'--version, -V'.padEnd(width)}the framelens version`,
  ].join('\n');
}

function findCommand(words: readonly string[]): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === words.slice(0, c.name.split(' ').length).join(' '));
}

/** The commands under a group word (`lexicon` → lexicon check). */
function groupOf(word: string | undefined): CommandSpec[] {
  return COMMANDS.filter((c) => c.name.includes(' ') && c.name.split(' ')[0] === word);
}

function groupUsage(group: string, commands: readonly CommandSpec[]): string {
  return [`usage: framelens ${group} SUBCOMMAND ...`, ...commands.map((c) => `  framelens ${c.name.padEnd(16)}${c.summary}`), `(framelens ${group} SUBCOMMAND --help for its options)`].join('\n');
}

export async function runCli(argv: readonly string[], io: CommandIo = process): Promise<number> {
  const [first, second] = argv;
  if (first === undefined) {
    io.stdout.write(`${overview()}\n`);
    return 1;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(`${overview()}\n`);
    return 0;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout.write(`framelens ${PACKAGE_VERSION}\n`);
    return 0;
  }
  if (first === 'help') return help(argv.slice(1), io);
  if (NOT_YET[first] !== undefined) throw notYet(first);
  const command = findCommand(argv);
  if (command) return command.run(argv.slice(command.name.split(' ').length), io);
  const group = groupOf(first);
  if (group.length > 0) {
    if (second === '--help' || second === '-h') {
      io.stdout.write(`${groupUsage(first, group)}\n`);
      return 0;
    }
    const sub = second === undefined ? `needs a subcommand` : `has no subcommand '${second}'`;
    throw new UsageError(`${first} ${sub}: ${group.map((c) => c.name).join(', ')} (see framelens ${first} --help)`);
  }
  throw new UsageError(`unknown command '${first}': the commands are ${[...COMMANDS.map((c) => c.name), ...Object.keys(NOT_YET)].join(', ')} (see framelens --help)`);
}

function help(words: readonly string[], io: CommandIo): number {
  if (words.length === 0) {
    io.stdout.write(`${overview()}\n`);
    return 0;
  }
  const command = findCommand(words);
  if (command) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  const group = groupOf(words[0]);
  if (group.length > 0) {
    io.stdout.write(`${groupUsage(words[0]!, group)}\n`);
    return 0;
  }
  if (NOT_YET[words[0]!] !== undefined) throw notYet(words[0]!);
  throw new UsageError(`no help for '${words.join(' ')}': not a framelens command (see framelens --help)`);
}

function notYet(name: string): UsageError {
  return new UsageError(`\`${name}\` is not available yet in framelens ${PACKAGE_VERSION} (planned: ${NOT_YET[name]})`);
}
