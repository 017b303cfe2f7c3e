/**
 * The allowlisted npm modules, read from their installed source and compiled once per isolate.
 * Each file is wrapped as a CommonJS factory and evaluated inside the guest's own context on
 * `require`, so a module's objects belong to the sandbox realm: no host object ever crosses.
 *
 * Resolution is closed: a module id is either a package name from the profile's allowlist or
 * `<package>/<file>.js` for a file this registry listed from that package's own folder. There is no
 * path arithmetic on guest input: `..`, absolute paths and symlinks are not resolvable at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ModuleName } from './profiles.js';

/** Where each package's browser-compatible CommonJS build lives, relative to its package root. */
const PACKAGE_LAYOUT: Readonly<Record<ModuleName, { dir: string; entry: string }>> = {
  lodash: { dir: '.', entry: 'lodash.js' },
  moment: { dir: '.', entry: 'moment.js' },
  uuid: { dir: 'dist/commonjs-browser', entry: 'index.js' },
};

/**
 * The factory parameters. `global` and `self` name the sandbox's own global object (lodash looks
 * for them before falling back to `Function('return this')()`, which profiles may block);
 * `crypto` is a module-scoped `getRandomValues` fed by the host's CSPRNG.
 */
const WRAPPER_PREFIX = '(function (module, exports, require, global, self, crypto) {';
const WRAPPER_SUFFIX = '\n})';

const FILE_NAME = /^[A-Za-z0-9_-]+\.js$/;

/** One module file: its id and wrapped source. */
export interface ModuleFile {
  readonly id: string;
  readonly source: string;
}

const cache = new Map<string, ModuleFile>();
const requireFromHere = createRequire(import.meta.url);

function packageRoot(name: ModuleName): string {
  return dirname(requireFromHere.resolve(`${name}/package.json`));
}

function loadPackage(name: ModuleName): void {
  const layout = PACKAGE_LAYOUT[name];
  const dir = join(packageRoot(name), layout.dir);
  const files = layout.dir === '.' ? [layout.entry] : readdirSync(dir).filter((f) => FILE_NAME.test(f));
  for (const file of files) {
    const id = file === layout.entry ? name : `${name}/${file}`;
    const body = readFileSync(join(dir, file), 'utf8');
    cache.set(id, { id, source: WRAPPER_PREFIX + body + WRAPPER_SUFFIX });
  }
}

/**
 * Returns the module file for `id` when `id` belongs to a package in `allowed`, else undefined.
 * Sources are read from disk once per process.
 */
export function lookupModule(id: string, allowed: readonly ModuleName[]): ModuleFile | undefined {
  const slash = id.indexOf('/');
  const pkg = (slash === -1 ? id : id.slice(0, slash)) as ModuleName;
  if (!allowed.includes(pkg)) return undefined;
  if (slash !== -1 && !FILE_NAME.test(id.slice(slash + 1))) return undefined;
  if (!cache.has(pkg)) loadPackage(pkg);
  return cache.get(id);
}
