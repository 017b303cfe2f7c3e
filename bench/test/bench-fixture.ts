/** Hand-made `bench.json` documents for the gate and schema tests: no benchmark runs in a unit test. */
import {
  BENCH_SCHEMA_VERSION,
  type BenchResults,
  type RatioResult,
  type TargetResult,
} from '../../results/index.js';
import { median } from '../lib/stats.js';

/** A ratio whose value is the median of `samples`, as the benchmark writes them. */
export function ratio(id: string, samples: number[], better: 'lower' | 'higher' = 'lower'): RatioResult {
  return { id, value: median(samples), better, samples, unit: 'ratio' };
}

/** A static target, met or not. */
export function staticTarget(id: string, value: number, limit: number): TargetResult {
  return { id, kind: 'static', description: id, comparison: 'max', limit, value, ok: value < limit };
}

/** A complete, valid results document around `ratios` and `targets`. */
export function results(ratios: RatioResult[], targets: TargetResult[] = []): BenchResults {
  return {
    schemaVersion: BENCH_SCHEMA_VERSION,
    createdAt: '2026-01-01T00:00:00.000Z',
    mode: 'quick',
    durationMs: 1,
    machine: {
      hostname: 'test',
      platform: 'linux',
      arch: 'x64',
      cpuModel: 'test',
      cores: 2,
      totalMemoryBytes: 1,
      loadAverage: [0, 0, 0],
      versions: { node: '20', v8: '11', isolatedVm: '5.0.4', sandproof: '0.1.0', quickjs: '0.32.0' },
    },
    scenarios: [
      {
        id: 'floor.fresh-context',
        description: 'floor',
        latencyMs: { p50: 0.3, p75: 0.4, p99: 1, mean: 0.35 },
        throughputPerSec: 2857,
        samples: 200,
      },
    ],
    ratios,
    targets,
    errors: [],
  };
}

/** Eight per-round ratios spread a little around `centre`, like a quick run's. */
export function rounds(centre: number): number[] {
  return [0.92, 0.95, 0.97, 0.99, 1.01, 1.03, 1.05, 1.08].map((f) => f * centre);
}

/** `results` scaled so every figure is `factor` times better (lower) than in `base`. */
export function betterBy(base: BenchResults, factor: number): BenchResults {
  return {
    ...base,
    ratios: base.ratios.map((r) => ({
      ...r,
      value: r.value / factor,
      samples: r.samples.map((s) => s / factor),
    })),
  };
}
