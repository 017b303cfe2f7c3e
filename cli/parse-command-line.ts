/**
 * One argument parser for every command: `node:util` `parseArgs` in strict mode, with its errors turned into
 * {@link UsageError}s, a single-valued option given twice refused (rather than one of the two silently
 * winning), and the count of positionals checked.
 */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** What a command accepts. */
export interface CommandLineSpec<O extends ParseArgsOptionsConfig> {
  options: O;
  /** Fewest positionals; default 0. */
  minPositionals?: number;
  /** Most positionals; default unbounded. */
  maxPositionals?: number;
  /** What the positionals are, for the error message (`FILE`, `FILE...`). */
  positionalsName?: string;
}

/** The parsed command line: the options' values, typed by the spec, and the positionals. */
export type CommandLine<O extends ParseArgsOptionsConfig> = Pick<
  ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>,
  'values' | 'positionals'
>;

/** Parses `argv` against `spec`; throws a {@link UsageError} for anything the spec does not allow. */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  spec: CommandLineSpec<O>,
): CommandLine<O> {
  let parsed: ReturnType<
    typeof parseArgs<{ options: O; allowPositionals: true; strict: true; tokens: true }>
  >;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: spec.options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes and a message that names the option.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || spec.options[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`option --${token.name} given more than once`);
    seen.add(token.name);
  }
  const count = parsed.positionals.length;
  const name = spec.positionalsName ?? 'arguments';
  if (count < (spec.minPositionals ?? 0)) throw new UsageError(`missing ${name}`);
  if (count > (spec.maxPositionals ?? Number.POSITIVE_INFINITY)) {
    throw new UsageError(`too many ${name}: ${parsed.positionals.slice(spec.maxPositionals).join(' ')}`);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** `text` as an integer in [min, max], or a {@link UsageError} naming `option`. */
export function integerOption(
  text: string,
  option: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${option} must be an integer between ${min} and ${max} (got '${text}')`);
  }
  return value;
}

/** `text` if it is one of `allowed`, or a {@link UsageError} naming `option`. */
export function choiceOption<T extends string>(text: string, option: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got '${text}')`);
}
