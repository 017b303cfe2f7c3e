/**
 * `sandproof run FILE --profile P [--input JSON] [--timeout MS] [--tenant ID] [--no-scan] [--json]`:
 * runs one snippet through the reference runtime and prints its value (or the whole result as JSON).
 * Exits 0 on success, 1 with the error code on a refused or failed execution, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { type CliIo, type Command, type CommandLine, defineCommand, integerOption } from '../cli/index.js';
import { DEFAULT_PROFILE_NAME } from '../contract/index.js';
import { createRuntime, escapeControlText, SandboxError } from '../runtime/index.js';

const MULTILINE = { multiline: true };

const OPTIONS = {
  profile: { type: 'string' },
  input: { type: 'string' },
  timeout: { type: 'string' },
  tenant: { type: 'string' },
  'no-scan': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const HELP = `Usage: sandproof run FILE [options]

Runs FILE (the body of an async function) in the reference runtime.

Options:
  --profile P     ultra-secure (default) | high-security | tenant-isolated
  --input JSON    JSON data visible to the snippet as the global \`input\`
  --timeout MS    a timeout below the profile's
  --tenant ID     the tenant id (default: cli)
  --no-scan       skip the security scanner (the runtime still holds)
  --json          print the whole result (or error) as JSON
  -h, --help      this help

Exit codes: 0 success, 1 the execution failed (the error code is printed), 2 usage error.`;

/** Runs the `run` subcommand. */
export const runRunCommand: Command = defineCommand({
  name: 'sandproof run',
  usage: HELP,
  options: OPTIONS,
  minPositionals: 1,
  maxPositionals: 1,
  positionalsName: 'FILE (exactly one)',
  run: runFile,
});

async function runFile(args: CommandLine<typeof OPTIONS>, io: CliIo): Promise<number> {
  const file = args.positionals[0] ?? '';
  const timeoutMs =
    args.values.timeout === undefined ? undefined : integerOption(args.values.timeout, 'timeout', 1);
  const profile = args.values.profile ?? DEFAULT_PROFILE_NAME;
  let code: string;
  let input: unknown;
  try {
    code = await readFile(file, 'utf8');
    input = args.values.input === undefined ? undefined : JSON.parse(args.values.input);
  } catch (error) {
    io.stderr(`sandproof run: ${(error as Error).message}\n`);
    return 2;
  }
  const runtime = createRuntime({ pool: { min: 0 } });
  try {
    const result = await runtime.execute({
      code,
      profile,
      tenantId: args.values.tenant ?? 'cli',
      input,
      scan: !args.values['no-scan'],
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    // Guest text (logs, the value, messages) reaches the terminal only through escapeControlText.
    if (args.values.json) io.stdout(`${escapeControlText(JSON.stringify(result, null, 2), MULTILINE)}\n`);
    else {
      for (const line of result.logs) io.stderr(`${escapeControlText(line, MULTILINE)}\n`);
      io.stdout(`${escapeControlText(JSON.stringify(result.value, null, 2) ?? 'undefined', MULTILINE)}\n`);
    }
    return 0;
  } catch (error) {
    const e = error instanceof SandboxError ? error : new SandboxError('ERR_INTERNAL', String(error));
    if (args.values.json) {
      const text = JSON.stringify({ error: { code: e.code, message: e.message, report: e.report } }, null, 2);
      io.stdout(`${escapeControlText(text, MULTILINE)}\n`);
    } else io.stderr(`${e.code}: ${escapeControlText(e.message)}\n`);
    return 1;
  } finally {
    await runtime.dispose();
  }
}
