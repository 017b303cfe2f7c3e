/**
 * A private isolate hardened like the runtime's (the same bootstrap script and global allowlist per
 * profile) but with V8's inspector on, for the profiler and the leak job only. Production isolates never
 * enable the inspector: it can read and rewrite anything in the isolate. Differences from a pooled
 * isolate: no `require`, `fetch` or random callback (modules and network are not profiled here), no
 * per-execution memory budget and no wall-clock deadline beyond isolated-vm's synchronous `timeout`.
 */
import ivm from 'isolated-vm';
import { bootstrapCallSource } from './guest/bootstrap-source.js';
import { allowedGlobals } from './guest/global-allowlist.js';
import { NAMESPACE_MEMBERS } from './guest/namespace-allowlist.js';
import type { Profile } from './profiles.js';

const LIMITS = { maxLogEntries: 200, maxLogBytes: 64 * 1024, maxResultBytes: 1024 * 1024 };

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** An inspector-enabled hardened isolate with one inspector session. */
export class InspectableSandbox {
  readonly isolate: ivm.Isolate;
  private readonly session: ivm.InspectorSession;
  private readonly bootScript: ivm.Script;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(method: string, params: unknown) => void>();
  private nextId = 1;

  constructor(
    readonly profile: Profile,
    hardLimitMb = 128,
  ) {
    this.isolate = new ivm.Isolate({ memoryLimit: hardLimitMb, inspector: true });
    this.session = this.isolate.createInspectorSession();
    this.session.onResponse = (id, message) => this.settle(id, message);
    this.session.onNotification = (message) => {
      const { method, params } = JSON.parse(message) as { method: string; params: unknown };
      for (const listener of this.listeners) listener(method, params);
    };
    const config = {
      allowFunctionConstructor: profile.allowFunctionConstructor,
      globals: allowedGlobals(profile),
      namespaces: NAMESPACE_MEMBERS,
      modules: [],
      fetch: false,
      memoryBudgetBytes: profile.memoryBudgetBytes,
      ...LIMITS,
    };
    this.bootScript = this.isolate.compileScriptSync(bootstrapCallSource(config), {
      filename: 'sandbox:bootstrap.js',
    });
  }

  /** Sends one Chrome DevTools Protocol command and resolves with its result. */
  post<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      this.session.dispatchProtocolMessage(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every protocol notification until the returned function is called. */
  listen(listener: (method: string, params: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `code` (an async function body) in a fresh hardened context; resolves with the result envelope. */
  async execute(code: string, inputJson: string | undefined, timeoutMs = 5_000): Promise<string> {
    const context = await this.isolate.createContext({ inspector: true });
    // Every handle is released at the end: an unreleased Reference keeps its context alive until the
    // host's GC finalizes the handle, which would read as retention in the isolate's heap snapshots.
    const handles: Array<{ release(): void }> = [];
    const keep = <T extends { release(): void }>(handle: T): T => {
      handles.push(handle);
      return handle;
    };
    try {
      const pair = keep(this.bootScript.runSync(context, { reference: true }) as ivm.Reference);
      const run = keep(pair.getSync(0, { reference: true }) as ivm.Reference);
      const text = await run.apply(undefined, [code, inputJson], {
        result: { promise: true },
        timeout: timeoutMs,
      });
      return String(text);
    } finally {
      for (const handle of handles) handle.release();
      context.release();
    }
  }

  /** Ends the session and the isolate. */
  dispose(): void {
    for (const p of this.pending.values()) p.reject(new Error('inspector session disposed'));
    this.pending.clear();
    this.session.dispose();
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }

  private settle(id: number, message: string): void {
    const p = this.pending.get(id);
    if (p === undefined) return;
    this.pending.delete(id);
    const reply = JSON.parse(message) as { result?: unknown; error?: { message?: string } };
    if (reply.error !== undefined) p.reject(new Error(`inspector: ${reply.error.message ?? 'error'}`));
    else p.resolve(reply.result);
  }
}
