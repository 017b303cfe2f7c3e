/**
 * Every scanner rule, in reporting order. Adding a rule: one file in this folder exporting a {@link Rule},
 * listed here, with a test file `scanner/test/rule-<id>.test.ts` holding its `valid` and `invalid` lists.
 */
import type { Rule } from '../rule.js';
import { analysisLimitRule } from './analysis-limit.js';
import { constructorChainRule } from './constructor-chain.js';
import { decodedCodeRule } from './decoded-code.js';
import { descriptorWalkRule } from './descriptor-walk.js';
import { dynamicImportRule } from './dynamic-import.js';
import { escapedIntrinsicRule } from './escaped-intrinsic.js';
import { evalRule } from './eval.js';
import { functionConstructorRule } from './function-constructor.js';
import { globalDynamicKeyRule } from './global-dynamic-key.js';
import { hostGlobalsRule } from './host-globals.js';
import { htmlCommentRule } from './html-comment.js';
import { lodashGadgetRule } from './lodash-gadget.js';
import { obfuscationDensityRule } from './obfuscation-density.js';
import { pollutionPayloadRule } from './pollution-payload.js';
import { prepareStackTraceRule } from './prepare-stack-trace.js';
import { prototypeReachWriteRule } from './prototype-reach-write.js';
import { prototypeWriteRule } from './prototype-write.js';
import { reflectGetIndirectRule } from './reflect-get-indirect.js';
import { reflectIndirectionRule } from './reflect-indirection.js';
import { requireModuleRule } from './require-module.js';
import { sharedMemoryRule } from './shared-memory.js';
import { unresolvedCalleeRule } from './unresolved-callee.js';
import { wasmRule } from './wasm.js';
import { withStatementRule } from './with-statement.js';
import { wrapperBreakoutRule } from './wrapper-breakout.js';

/** The scanner's rules. */
export const RULES: readonly Rule[] = Object.freeze([
  wrapperBreakoutRule,
  evalRule,
  functionConstructorRule,
  constructorChainRule,
  dynamicImportRule,
  withStatementRule,
  hostGlobalsRule,
  requireModuleRule,
  prototypeWriteRule,
  prototypeReachWriteRule,
  pollutionPayloadRule,
  globalDynamicKeyRule,
  escapedIntrinsicRule,
  prepareStackTraceRule,
  reflectIndirectionRule,
  reflectGetIndirectRule,
  descriptorWalkRule,
  unresolvedCalleeRule,
  lodashGadgetRule,
  wasmRule,
  sharedMemoryRule,
  htmlCommentRule,
  obfuscationDensityRule,
  decodedCodeRule,
  analysisLimitRule,
]);
