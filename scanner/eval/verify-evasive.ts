/**
 * Checks that evasive snippets really reach their target, outside any sandbox: each runs in a fresh node:vm
 * context as the body of a strict async function, with canaries for `process` (pid 4242) and `require`
 * (lodash loaded into the context), and input `{ k: 'eval', code: '6*7', n: 'process', h: 'prepareStackTrace' }`.
 * Reached means, by family: a code-generation target returns 42 (or a rendered template) and throws EvalError
 * when the context forbids code generation from strings; `process` returns 4242; a prototype write is visible
 * on a fresh object; a stack-trace hook is installed or a stack captured. Prints one line per snippet and
 * exits 1 when any does not reach.
 *
 *   node --import tsx scanner/eval/verify-evasive.ts [family...]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { EVASIVE_SET } from './evasive-set.js';

const FLOW_FAMILIES = [
  'prototype-reach',
  'global-escape',
  'error-escape',
  'descriptor-walk',
  'reflect-get-indirect',
  'lodash-template-constant',
  'lodash-prototype-write',
  'tenant-global-escape',
  'pattern-write-target',
  'lodash-string-name',
  'lodash-string-name-fn',
  'pollution-payload',
  'value-carrier',
  'value-carrier-global',
  'capture-alias',
];
const lodashSource = readFileSync(createRequire(import.meta.url).resolve('lodash/lodash.js'), 'utf8');

async function run(
  code: string,
  strings: boolean,
): Promise<{ value?: unknown; error?: string; hook: boolean }> {
  const context = vm.createContext({}, { codeGeneration: { strings, wasm: false } });
  vm.runInContext('globalThis.process = { pid: 4242, env: {} };', context);
  vm.runInContext(
    `globalThis.require = (m) => { if (m !== 'lodash') return { loaded: m };` +
      ` const module = { exports: {} }; (function (module, exports) { ${lodashSource} }).call({}, module, module.exports);` +
      ' return module.exports; };',
    context,
  );
  context.setTimeout = setTimeout;
  const input = { k: 'eval', code: '6*7', n: 'process', h: 'prepareStackTrace' };
  try {
    const fn = vm.runInContext(`"use strict";(async function (input) {\n${code}\n})`, context);
    const value = await fn(vm.runInContext(`(${JSON.stringify(input)})`, context));
    return { value, hook: vm.runInContext('typeof Error.prepareStackTrace === "function"', context) };
  } catch (e) {
    return { error: String((e as Error)?.name ?? e), hook: false };
  }
}

function reached(
  family: string,
  free: Awaited<ReturnType<typeof run>>,
  closed: Awaited<ReturnType<typeof run>>,
): boolean {
  if (free.error) return false;
  const codegen = closed.error === 'EvalError';
  switch (family) {
    case 'prototype-reach':
    case 'lodash-prototype-write':
    case 'pattern-write-target':
    case 'pollution-payload':
      return free.value !== undefined && free.value !== null;
    case 'error-escape':
    case 'capture-alias':
      return free.hook || free.value === 'string';
    case 'global-escape':
    case 'tenant-global-escape':
    case 'lodash-string-name':
    case 'value-carrier-global':
      return free.value === 4242 || (free.value === 42 && codegen);
    default:
      return (free.value === 42 || typeof free.value === 'string') && codegen;
  }
}

const families = process.argv.slice(2).length > 0 ? process.argv.slice(2) : FLOW_FAMILIES;
let failed = 0;
for (const snippet of EVASIVE_SET.filter((e) => families.includes(e.family))) {
  const free = await run(snippet.code, true);
  const closed = await run(snippet.code, false);
  const ok = reached(snippet.family, free, closed);
  if (!ok) failed++;
  console.log(
    `${ok ? 'reached' : 'NOT REACHED'} ${snippet.id}: ${free.error ?? JSON.stringify(free.value)}` +
      ` (strings off: ${closed.error ?? JSON.stringify(closed.value)})`,
  );
}
console.log(failed === 0 ? 'all reached' : `${failed} not reached`);
process.exitCode = failed === 0 ? 0 : 1;
