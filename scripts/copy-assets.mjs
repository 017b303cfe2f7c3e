// Copies the data files the built CLI reads next to the compiled modules, so that `dist/` (and so the
// published package) holds what a source checkout has: the corpus with its vocabulary, the expectations
// files, and the adapter guide. Run by `npm run build` after tsc.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = ['suites/corpus', 'suites/expectations', 'suites/ADAPTERS.md'];

for (const asset of ASSETS) {
  const from = join(root, asset);
  const to = join(root, 'dist', asset);
  if (!existsSync(from)) throw new Error(`copy-assets: ${asset} is missing`);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
process.stdout.write(`copy-assets: ${ASSETS.join(', ')} -> dist/\n`);
