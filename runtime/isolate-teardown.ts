/**
 * Isolate teardown that ends before `dispose()` resolves.
 *
 * isolated-vm deletes an isolate (its V8 heap, and with it every ICU object the guest made) on whichever
 * thread drops the last reference to it. `isolate.dispose()` called while the isolate's own thread runs a
 * task (a context being prepared, a collection, a heap reading, a guest execution being terminated) leaves
 * that deletion to the isolate's thread, after the task. `process.exit()` does not wait for it: Node tears
 * its V8 platform down and runs the static destructors while the thread still deletes the heap, and the host
 * dies with SIGSEGV (V8's `CppHeap` teardown calling into a finalised platform). A normal end of the
 * event loop is safe (isolated-vm joins every isolate then); `process.exit()` right after `dispose()` was
 * not. Measured with a bare isolate holding 2,000 `Intl.DisplayNames` (which make the deletion slow): a
 * heap reading in flight at `dispose()`, then `process.exit(0)`, 11 of 15 runs died; a running loop
 * terminated by `dispose()`, then `process.exit(0)`, 9 of 10.
 *
 * So the runtime never disposes an isolate with a task in flight when it can wait: it lets the tasks
 * settle, then makes one synchronous call on the isolate (it returns once the isolate's thread has let the
 * isolate go), then disposes, and the deletion runs inside `dispose()` on the calling thread. An isolate
 * that runs guest code must be disposed at once (that is how an execution is ended): its deletion runs on
 * its thread; `awaitThreadTeardowns` waits for it.
 */
import ivm from 'isolated-vm';

/** Tracks an isolate's asynchronous operations, so that its disposal can wait for them. */
export class InFlight {
  private readonly pending = new Set<Promise<void>>();

  /** Registers `operation` and hands it back unchanged. */
  track<T>(operation: Promise<T>): Promise<T> {
    const settled = operation.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return operation;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves once no operation is in flight (operations started meanwhile included). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

/** How long the thread of a terminated execution is given to reach its teardown (see below). */
const REACH_TEARDOWN_MS = 20;

/**
 * Waits for isolates deleted on their own threads (disposed while they ran guest code). isolated-vm
 * deletes a V8 heap while it holds the lock that creating an isolate takes, so creating (and at once
 * deleting) a small isolate here returns only once every deletion under way has ended. The thread of an
 * execution ended by disposal reaches its deletion right after it rejected the execution's promise; the
 * caller awaits those rejections first, and the short wait covers the few steps between the two.
 * Measured with the bare isolate above (a running loop terminated by `dispose()`, its rejection awaited,
 * this wait, then `process.exit(0)`): 0 of 15 runs died.
 */
export async function awaitThreadTeardowns(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, REACH_TEARDOWN_MS));
  const barrier = new ivm.Isolate({ memoryLimit: 8 });
  barrier.dispose();
}
