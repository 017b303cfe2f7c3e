/**
 * The benchmark's optional peers (quickjs-emscripten for the peer scenarios, memlab for the leak job) are
 * imported on use: an installed sandproof does not pull them in. A missing one becomes an error with the
 * stable code `ERR_MISSING_PEER` that names the package to install; the CLI exits 2 on it.
 */

/** Raised when an optional peer package is not installed. */
export class MissingBenchPeerError extends Error {
  /** Stable code, shared with the suite's missing-peer error. */
  readonly code = 'ERR_MISSING_PEER';
  constructor(
    readonly packageName: string,
    purpose: string,
  ) {
    super(`${purpose} needs the package '${packageName}', which is not installed: npm i -D ${packageName}`);
  }
}

/** Imports a peer; throws {@link MissingBenchPeerError} when the package itself is not installed. */
export async function importBenchPeer<T>(
  packageName: string,
  purpose: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const err = error as { code?: unknown; message?: unknown } | null;
    const missing =
      (err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'MODULE_NOT_FOUND') &&
      String(err?.message ?? '').includes(`'${packageName}'`);
    if (missing) throw new MissingBenchPeerError(packageName, purpose);
    throw error;
  }
}
