/**
 * The adapter kit, published as `sandproof/adapter`: what a sandbox author needs to write an adapter
 * without re-implementing the harness's conventions. The types of the interface, the wrapper that turns a
 * snippet into the body of a strict async function and settles to a string, the decoding of that string
 * into a normalized outcome, and bounded log capture. Nothing here loads the reference runtime or any
 * optional peer. See ADAPTERS.md for the walkthrough.
 */
export type {
  AdapterCapabilities,
  AdapterExecuteOptions,
  AdapterFactory,
  AdapterOutcome,
  AdapterSample,
  SandboxAdapter,
} from './adapter.js';
export { boundMessage, NON_GOALS, outcomeCode } from './adapter.js';
export {
  decodeWrapperResult,
  formatLogArg,
  LOG_LIMITS,
  pushLog,
  type WrapperResult,
  wrapForAdapter,
  wrapperOutcome,
} from './guest-wrapper.js';
