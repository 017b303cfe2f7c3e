/**
 * Benchmarks, the regression gate and guest profiling: the `sandproof bench` and `sandproof profile`
 * commands, and the pieces their tests and the reports area read (the `bench.json` schema, the gate).
 */

export {
  BENCH_SCHEMA_VERSION,
  type BenchResults,
  type MachineInfo,
  parseBenchResults,
  type RatioResult,
  type ScenarioResult,
  type TargetResult,
  validateBenchResults,
} from '../results/index.js';
export { runBenchCli, writeBenchOutputs } from './cli/bench-cli.js';
export { runProfileCli } from './cli/profile-cli.js';
export {
  compareFigure,
  DEFAULT_GATE_OPTIONS,
  type FigureComparison,
  formatGateReport,
  type GateOptions,
  type GateReport,
  runGate,
  type Verdict,
} from './lib/bench-gate.js';
export { hostGc } from './lib/host-gc.js';
