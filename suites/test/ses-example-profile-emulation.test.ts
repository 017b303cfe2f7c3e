/**
 * The SES example adapter emulates the ultra-secure profile as far as SES can: in its compartment, `eval`
 * and `Function` throw `EvalError` (called, constructed, or reached indirectly), `Compartment` (a fresh
 * evaluator) and SES's extra globals are gone, and SES's textual source checks are reported as refusals,
 * not as `ERR_SYNTAX` (which would claim that code that compiles does not). The adapter runs in a worker
 * process, as conformance runs it: `lockdown()` would freeze this process's intrinsics.
 */
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome, SandboxAdapter } from '../adapters/adapter.js';
import { createWorkerPoolAdapter } from '../adapters/worker-pool.js';

const SES = fileURLToPath(new URL('../adapters/examples/ses.ts', import.meta.url));
const options = { profile: 'ultra-secure', tenantId: 'ses-a', scan: false, timeoutMs: 20_000 };

let adapter: SandboxAdapter | undefined;
const exec = async (code: string): Promise<AdapterOutcome> => {
  adapter ??= await createWorkerPoolAdapter({ spec: SES, workers: 1 });
  const outcome = await adapter.execute({ id: 'sample', code }, options);
  const { hostFindings, ...rest } = outcome as AdapterOutcome & { hostFindings?: string[] };
  assert.equal(hostFindings ?? [], [], 'the worker saw no host change');
  return rest as AdapterOutcome;
};
const value = (o: AdapterOutcome): unknown => (o.status === 'completed' ? o.value : o);

test('eval through an alias, new Function and Function called plainly all throw EvalError', async () => {
  const out = await exec(`
    const names = [];
    for (const attempt of [() => (0, eval)('1'), () => new Function('return 1')(), () => Function('return 1')(),
      () => globalThis['ev' + 'al']('1')]) {
      try { names.push('completed:' + attempt()); } catch (e) { names.push(e.name); }
    }
    return names;`);
  assert.equal(value(out), ['EvalError', 'EvalError', 'EvalError', 'EvalError']);
});

test('a fresh Compartment and the SES extras are not in the global scope; Function keeps its prototype', async () => {
  const out = await exec(`return [typeof Compartment, typeof harden, typeof lockdown, typeof TextEncoder,
    typeof TextDecoder, (function () {}) instanceof Function, Function.prototype === Object.getPrototypeOf(() => 0)]`);
  assert.equal(value(out), ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', true, true]);
});

test("SES's textual checks refuse code that compiles: a refusal, not ERR_SYNTAX", async () => {
  const refused = await exec(`const text = "import('fs')"; return text;`);
  assert.is(refused.status, 'threw');
  if (refused.status === 'threw') {
    assert.is(refused.errorCode, 'ERR_SCRIPT_ERROR');
    assert.match(refused.message ?? '', /SES_IMPORT_REJECTED/);
  }
  const broken = await exec('return 1 +');
  assert.is(broken.status, 'threw');
  if (broken.status === 'threw') assert.is(broken.errorCode, 'ERR_SYNTAX', 'a real syntax error stays one');
});

test('a guest error message that would drive the terminal comes back as one printable line', async () => {
  const out = await exec("throw new Error('\\u001b[2J\\u001b[Hall checks passed\\u202e\\n');");
  assert.is(out.status, 'threw');
  if (out.status === 'threw') {
    assert.is(out.message, 'Error: \\u001b[2J\\u001b[Hall checks passed\\u202e\\u000a'.slice(7));
    assert.not.match(out.message, /[\u0000-\u001f\u202e]/);
  }
});

test('benign code still runs', async () => {
  assert.equal(value(await exec('return [3, 1, 2].sort((a, b) => a - b).map((x) => x * 2)')), [2, 4, 6]);
});

test.after(async () => {
  await adapter?.dispose();
});

test.run();
