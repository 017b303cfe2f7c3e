/**
 * `sandproof adapter init NAME [--dir DIR] [--force]`: writes a working adapter skeleton
 * (`NAME.adapter.mjs`), its expectations file (`NAME.expectations.yaml`) and a README paragraph
 * (`NAME.README.md`). Exit codes: 0 written, 2 bad arguments or a file that exists (without --force).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type CliIo, type Command, type CommandLine, defineCommand, UsageError } from '../cli/index.js';
import { adapterSource, expectationsSource, readmeParagraph } from './adapters/adapter-template.js';

/** Usage text of the command. */
export const ADAPTER_USAGE = `Usage: sandproof adapter init NAME [--dir DIR] [--force]

Writes NAME.adapter.mjs (a working adapter on sandproof/adapter: a hardened node:vm context per
execution, to replace with your sandbox), NAME.expectations.yaml and NAME.README.md into DIR
(default: the current directory). NAME: lower-case letters, digits and dashes.
Then: npx sandproof conformance --adapter ./NAME.adapter.mjs --expectations ./NAME.expectations.yaml`;

/** The files of an adapter named `name`, by file name. */
export function adapterFiles(name: string): Record<string, string> {
  return {
    [`${name}.adapter.mjs`]: adapterSource(name),
    [`${name}.expectations.yaml`]: expectationsSource(name),
    [`${name}.README.md`]: readmeParagraph(name),
  };
}

const OPTIONS = {
  dir: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** Runs `sandproof adapter ...`; resolves to the exit code. */
export const runAdapterCli: Command = defineCommand({
  name: 'sandproof adapter',
  usage: ADAPTER_USAGE,
  options: OPTIONS,
  minPositionals: 2,
  maxPositionals: 2,
  positionalsName: '`init NAME`',
  run: init,
});

async function init(args: CommandLine<typeof OPTIONS>, io: CliIo): Promise<number> {
  const [sub, name = ''] = args.positionals;
  if (sub !== 'init' || !/^[a-z][a-z0-9-]{0,63}$/.test(name)) {
    throw new UsageError('expected `init NAME` with a lower-case name');
  }
  const dir = args.values.dir ?? '.';
  const force = args.values.force === true;
  const files = adapterFiles(name);
  const target = resolve(dir);
  const existing = Object.keys(files).filter((file) => existsSync(join(target, file)));
  if (existing.length > 0 && !force) {
    io.stderr(`sandproof adapter: ${existing.join(', ')} already exist in ${target} (use --force)\n`);
    return 2;
  }
  await mkdir(target, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(target, file), text);
  io.stdout(
    `wrote ${Object.keys(files).join(', ')} in ${target}\n` +
      `next: npx sandproof conformance --adapter ./${name}.adapter.mjs --expectations ./${name}.expectations.yaml\n`,
  );
  return 0;
}
