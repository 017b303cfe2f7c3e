/**
 * The shape of every command: `(argv, io) => exit code`. Exit codes are 0 (success), 1 (a failed execution or
 * check), 2 (a usage error or a broken harness). {@link defineCommand} gives each command its `--help`, its
 * parsing and its usage errors in one way.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';
import { type CommandLine, type CommandLineSpec, parseCommandLine } from './parse-command-line.js';
import { isUsageError } from './usage-error.js';

/** 0 success, 1 a failed execution or check, 2 a usage error or a broken harness. */
export type ExitCode = 0 | 1 | 2;

/** A command: its arguments (without the command's name) and where to write; resolves to the exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

/** How a command is defined: its name for messages, its usage text, what it accepts and what it does. */
export interface CommandDefinition<O extends ParseArgsOptionsConfig> extends CommandLineSpec<O> {
  /** As the user types it: `sandproof run`, `corpus:add`. */
  name: string;
  /** The `--help` text, also printed after a usage error. */
  usage: string;
  /** Runs with the parsed command line; a {@link UsageError} thrown here exits 2 like a parsing error. */
  run(args: CommandLine<O>, io: CliIo): Promise<number>;
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** A {@link Command} that answers `--help`/`-h`, parses strictly and turns usage errors into exit 2. */
export function defineCommand<O extends ParseArgsOptionsConfig>(definition: CommandDefinition<O>): Command {
  return async (argv, io) => {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(`${definition.usage.trimEnd()}\n`);
      return 0;
    }
    try {
      const args = parseCommandLine(argv, {
        ...definition,
        options: { ...definition.options, ...HELP_OPTION },
      });
      return await definition.run(args as CommandLine<O>, io);
    } catch (error) {
      if (!isUsageError(error)) throw error;
      io.stderr(`${definition.name}: ${error.message}\n${definition.usage.trimEnd()}\n`);
      return 2;
    }
  };
}
