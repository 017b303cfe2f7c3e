/**
 * Optional peers: packages some commands need (quickjs-emscripten for the `quickjs` adapter, memlab for the
 * leak job) that an installed sandproof does not pull in. They are imported only when used; a missing one
 * becomes a {@link MissingPeerError} naming the package to install, which the CLI turns into exit code 2.
 */

/** Raised when an optional peer package is not installed. */
export class MissingPeerError extends Error {
  /** Stable code for callers and tests. */
  readonly code = 'ERR_MISSING_PEER';
  override readonly name = 'MissingPeerError';
  constructor(
    /** The npm package to install. */
    readonly packageName: string,
    purpose: string,
  ) {
    super(`${purpose} needs the package '${packageName}', which is not installed: npm i -D ${packageName}`);
  }
}

/** True when `error` says that `packageName` itself (not one of its own imports) could not be found. */
export function isMissingPackage(error: unknown, packageName: string): boolean {
  const err = error as { code?: unknown; message?: unknown } | null;
  const code = err?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  const message = String(err?.message ?? '');
  return message.includes(`'${packageName}'`) || message.includes(`"${packageName}"`);
}

/** Imports `packageName`; throws {@link MissingPeerError} when it is not installed. */
export async function importOptionalPeer<T>(
  packageName: string,
  purpose: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingPackage(error, packageName)) throw new MissingPeerError(packageName, purpose);
    throw error;
  }
}
