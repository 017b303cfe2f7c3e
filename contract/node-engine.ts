/**
 * The Node.js versions sandproof runs on. isolated-vm 7 ships native builds for Node 24 (ABI 137) and
 * Node 26 (ABI 147) only; on an older Node, loading it fails deep inside node-gyp-build with a stack
 * trace that names no version. Every entry point asks this module first, before anything loads
 * isolated-vm, so that an unsupported Node gets one sentence naming the version it needs.
 *
 * This file imports nothing: it must evaluate on any Node that can parse it.
 */

/** The oldest Node.js major version supported; `engines.node` in package.json says the same (a test pins it). */
export const MIN_NODE_MAJOR = 24;

/** The message for an unsupported Node, or `null` when `version` (default: this process's) is supported. */
export function unsupportedNodeMessage(version: string = process.versions.node): string | null {
  const major = Number.parseInt(version.split('.')[0] ?? '', 10);
  if (Number.isInteger(major) && major >= MIN_NODE_MAJOR) return null;
  return (
    `sandproof needs Node.js ${MIN_NODE_MAJOR} or later (this is Node.js v${version}). ` +
    'In a clone of sandproof, `npm ci` installs Node 24 into node_modules and every `npm run` script uses it; ' +
    `elsewhere, install Node.js ${MIN_NODE_MAJOR} LTS.`
  );
}
