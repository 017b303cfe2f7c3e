/**
 * The probes in `bench/probes/` are run by hand and never ship: the package's build (`tsconfig.json`)
 * excludes them, and no module the build compiles imports one (an import would pull it back into `dist`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PROBES = join(ROOT, 'bench', 'probes');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', 'dist', 'corpus', 'test', 'out', '.scratch'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

test('the build excludes bench/probes', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { exclude: string[] };
  assert.ok(config.exclude.includes('bench/probes/**'), JSON.stringify(config.exclude));
  assert.ok(
    readdirSync(PROBES).some((name) => name.endsWith('.ts')),
    'the probes are there',
  );
});

test('no module outside bench/probes imports a probe', () => {
  const offenders: string[] = [];
  for (const file of tsFiles(ROOT)) {
    if (file.startsWith(PROBES + sep)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), match[1] ?? '');
      if (target.startsWith(PROBES + sep)) offenders.push(`${relative(ROOT, file)} -> ${match[1]}`);
    }
  }
  assert.equal(offenders, []);
});

test.run();
