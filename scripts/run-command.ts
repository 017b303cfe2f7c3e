/**
 * `sandproof run FILE --profile P [--input JSON] [--timeout MS] [--tenant ID] [--no-scan] [--json]`:
 * runs one snippet through the reference runtime and prints its value (or the whole result as JSON).
 * Exits 0 on success, 1 with the error code on a refused or failed execution, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createRuntime, escapeControlText, SandboxError } from '../runtime/index.js';
import type { CliIo } from './cli-io.js';

const MULTILINE = { multiline: true };

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
export async function runRunCommand(argv: string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.stderr(`sandproof run: ${(error as Error).message}\n${HELP}\n`);
    return 2;
  }
  if (args.values.help) {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  const file = args.positionals[0];
  if (file === undefined || args.positionals.length > 1) {
    io.stderr(`sandproof run: expected exactly one FILE\n${HELP}\n`);
    return 2;
  }
  let code: string;
  let input: unknown;
  try {
    code = await readFile(file, 'utf8');
    input = args.values.input === undefined ? undefined : JSON.parse(args.values.input);
  } catch (error) {
    io.stderr(`sandproof run: ${(error as Error).message}\n`);
    return 2;
  }
  const timeoutMs = args.values.timeout === undefined ? undefined : Number(args.values.timeout);
  const runtime = createRuntime({ pool: { min: 0 } });
  try {
    const result = await runtime.execute({
      code,
      profile: args.values.profile ?? 'ultra-secure',
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

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      input: { type: 'string' },
      timeout: { type: 'string' },
      tenant: { type: 'string' },
      'no-scan': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
