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
parentPort?.on('message', (job: ScanJob) => {
  parentPort?.postMessage({ id: job.id, report: scanner.scanSync(job.request) });
});
