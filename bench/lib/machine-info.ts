/** The machine and versions a run measured on, for `bench.json` and for reading a baseline. */
import { createRequire } from 'node:module';
import os from 'node:os';
import type { MachineInfo } from '../../results/index.js';

const require = createRequire(import.meta.url);

function versionOf(pkg: string): string {
  try {
    return (require(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Describes this machine now. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  let sandproof = 'unknown';
  try {
    sandproof = (require('../../package.json') as { version: string }).version;
  } catch {
    // Run from a layout without the package file: the version stays unknown.
  }
  return {
    hostname: os.hostname(),
    platform: os.platform(),
    arch: os.arch(),
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    totalMemoryBytes: os.totalmem(),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    versions: {
      node: process.versions.node,
      v8: process.versions.v8,
      isolatedVm: versionOf('isolated-vm'),
      sandproof,
      quickjs: versionOf('quickjs-emscripten'),
    },
  };
}
