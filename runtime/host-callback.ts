/**
 * Host callbacks the guest can call (module loading, random bytes, fetch) never throw into the isolate:
 * isolated-vm would copy a host error across with its host stack, file paths included. Each callback body
 * runs through {@link neverThrows}: a failure, whatever it is, returns `null`, and the hardening script's stub
 * turns `null` into a fresh guest error with a fixed message of its own (guest/bootstrap-source.ts).
 */
export function neverThrows<A extends unknown[], R>(body: (...args: A) => R): (...args: A) => R | null {
  return (...args: A) => {
    try {
      return body(...args);
    } catch {
      return null;
    }
  };
}
