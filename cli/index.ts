/**
 * The command-line plumbing every command shares: one IO type, one argument parser on `node:util` `parseArgs`,
 * one usage error, one command shape. This area imports nothing of ours.
 */

export { type BufferedIo, bufferedIo, type CliIo, PROCESS_IO } from './cli-io.js';
export { type Command, type CommandDefinition, defineCommand, type ExitCode } from './command.js';
export {
  type CommandLine,
  type CommandLineSpec,
  choiceOption,
  integerOption,
  parseCommandLine,
} from './parse-command-line.js';
export { isUsageError, UsageError } from './usage-error.js';
