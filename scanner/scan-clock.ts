/**
 * The clock the scan's time budget is measured on: the CPU time of the scanning thread. A scan's cost is
 * the work it does; on a loaded machine the thread waits for a core, and wall-clock time would charge that
 * wait to the snippet and refuse benign code (seen at a load of 50 on 2 cores). Where the runtime cannot
 * read a thread's CPU time, wall-clock time is the fallback.
 */
type ThreadCpuUsage = () => { user: number; system: number };

const threadCpuUsage = (process as { threadCpuUsage?: ThreadCpuUsage }).threadCpuUsage;

/** Milliseconds of this thread's CPU time (user + system), or wall-clock milliseconds as a fallback. */
export function scanClockMs(): number {
  if (threadCpuUsage === undefined) return performance.now();
  const { user, system } = threadCpuUsage.call(process);
  return (user + system) / 1000;
}
