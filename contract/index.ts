/**
 * The contract every area shares: profile names and the built-in profile table, the stable error codes, the
 * pool counters, the sample vocabulary's enums and the supported Node.js versions. This area imports nothing
 * of ours and loads nothing heavy (no isolated-vm, no parser), so any area, and any entry point before it
 * loads isolated-vm, may import it.
 */
export { ERROR_CODES, isErrorCode, type SandboxErrorCode } from './error-codes.js';
export { MIN_NODE_MAJOR, unsupportedNodeMessage } from './node-engine.js';
export type { PoolCounters } from './pool-counters.js';
export {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE_NAME,
  isProfileName,
  KNOWN_MODULES,
  type ModuleName,
  PROFILE_NAMES,
  type Profile,
  type ProfileName,
} from './profiles.js';
export {
  isStage,
  OUTCOMES,
  type Outcome,
  SAMPLE_KINDS,
  type SampleKind,
  STAGES,
  type Stage,
} from './sample-vocabulary.js';
