/**
 * `sandproof adapter init NAME [--dir DIR] [--force]`: writes a working adapter skeleton
 * (`NAME.adapter.mjs`), its expectations file (`NAME.expectations.yaml`) and a README paragraph
 * (`NAME.README.md`). Exit codes: 0 written, 2 bad arguments or a file that exists (without --force).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { adapterSource, expectationsSource, readmeParagraph } from './adapters/adapter-template.js';

/** Usage text of the command. */
export const ADAPTER_USAGE = `Usage: sandproof adapter init NAME [--dir DIR] [--force]

Writes NAME.adapter.mjs (a working adapter on sandproof/adapter: a hardened node:vm context per
execution, to replace with your sandbox), NAME.expectations.yaml and NAME.README.md into DIR
(default: the current directory). NAME: lower-case letters, digits and dashes.
Then: npx sandproof conformance --adapter ./NAME.adapter.mjs --expectations ./NAME.expectations.yaml`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The files of an adapter named `name`, by file name. */
export function adapterFiles(name: string): Record<string, string> {
  return {
    [`${name}.adapter.mjs`]: adapterSource(name),
    [`${name}.expectations.yaml`]: expectationsSource(name),
    [`${name}.README.md`]: readmeParagraph(name),
  };
}

/** Runs `sandproof adapter ...`; resolves to the exit code. */
export async function runAdapterCli(argv: string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${ADAPTER_USAGE}\n`);
    return 0;
  }
  const [sub, name, ...rest] = argv;
  let dir = '.';
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--force') force = true;
    else if (rest[i] === '--dir' && rest[i + 1] !== undefined) dir = rest[++i] as string;
    else {
      io.stderr(`sandproof adapter: unexpected argument ${rest[i]}\n${ADAPTER_USAGE}\n`);
      return 2;
    }
  }
  if (sub !== 'init' || name === undefined || !/^[a-z][a-z0-9-]{0,63}$/.test(name)) {
    io.stderr(`sandproof adapter: expected \`init NAME\` with a lower-case name\n${ADAPTER_USAGE}\n`);
    return 2;
  }
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
