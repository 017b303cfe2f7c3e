/**
 * The scan worker's entry point: scans the requests the host posts, one at a time, with the same scanner
 * and options as an in-thread scan. Nothing else runs here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SecurityScanner } from './security-scanner.js';
import type { ScannerOptions, ScanRequest } from './types.js';

/** A scan job, as posted by {@link WorkerScanner}. */
export interface ScanJob {
  readonly id: number;
  readonly request: ScanRequest;
}

const scanner = new SecurityScanner((workerData ?? {}) as ScannerOptions);
// A first scan compiles the scanner's code paths, so that the first tenant's scan is not charged for it
// against its time budget. Jobs posted meanwhile wait in the port's queue.
new SecurityScanner({ timeBudgetMs: 60_000 }).scanSync({
  code: 'const o = { a: [1, "x"] }; let k = "a"; k += 1; return String(o[k]).split("").join("-");',
});
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (job: ScanJob) => {
  parentPort?.postMessage({ id: job.id, report: scanner.scanSync(job.request) });
});
