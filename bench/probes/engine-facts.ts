/**
 * Re-measures the isolated-vm facts the runtime's design rests on (docs/engine.md), on whatever Node and
 * isolated-vm run this script. Each fact is measured, never assumed; the output is a Markdown table.
 *
 *   node --no-node-snapshot --import tsx bench/probes/engine-facts.ts [--runs N]
 *
 * A probe, not a test: it allocates up to hundreds of megabytes and takes about a minute.
 */
import ivm from 'isolated-vm';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 300;
const rows: Array<[string, string]> = [];
const row = (fact: string, value: string) => {
  rows.push([fact, value]);
  process.stderr.write(`${fact}: ${value}\n`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Megabytes of reachable 1 MB double arrays a guest holds when it is killed, for a given memoryLimit. */
async function heapAtKill(limitMb: number): Promise<string> {
  let isolate: ivm.Isolate;
  try {
    isolate = new ivm.Isolate({ memoryLimit: limitMb });
  } catch (e) {
    return `refused: ${(e as Error).message}`;
  }
  const context = await isolate.createContext();
  let held = 0;
  await context.global.set(
    'report',
    new ivm.Callback((n: number) => {
      held = n;
    }),
  );
  let outcome = 'completed';
  try {
    await context.eval(
      'const a = []; for (let i = 1; i <= 4096; i++) { a.push(new Array(131072).fill(i + 0.5)); report(i); }',
      { timeout: 20_000 },
    );
  } catch (e) {
    outcome = (e as Error).message.slice(0, 60);
  }
  if (!isolate.isDisposed) isolate.dispose();
  return `${held} MB held, then: ${outcome}`;
}

async function pendingPromiseTimeout(): Promise<string> {
  const isolate = new ivm.Isolate({ memoryLimit: 16 });
  const context = await isolate.createContext();
  const evaluation = context.eval('new Promise(() => {})', { timeout: 100, promise: true }).then(
    () => 'resolved',
    (e: Error) => `rejected: ${e.message.slice(0, 50)}`,
  );
  const winner = await Promise.race([
    evaluation,
    new Promise((r) => setTimeout(() => r('pending after 2 s'), 2_000)),
  ]);
  isolate.dispose();
  return `timeout 100 ms on a never-settling promise: ${String(winner)}`;
}

/** Executions of a fresh context that evaluates a lodash-sized script before the isolate is killed. */
async function lazyGcKill(limitMb: number, gcEvery: number): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('lodash'), 'utf8');
  const isolate = new ivm.Isolate({ memoryLimit: limitMb });
  const script = await isolate.compileScript(
    `(function(){var module={exports:{}};var exports=module.exports;${source}\n;return 1})()`,
  );
  const maintenance = await isolate.createContext();
  let n = 0;
  try {
    for (; n < 2_000; n++) {
      const context = await isolate.createContext();
      await script.run(context);
      context.release();
      if (gcEvery > 0 && n % gcEvery === 0) {
        await maintenance.eval('1');
      }
    }
  } catch {
    return `killed after ${n} executions`;
  } finally {
    if (!isolate.isDisposed) isolate.dispose();
  }
  return `${n} executions, not killed`;
}

/** Median milliseconds of each function, timed in alternation (round robin) so that load hits both alike. */
function interleaved(n: number, fns: Array<() => void>): number[] {
  const ms = fns.map(() => [] as number[]);
  for (let i = 0; i < n; i++) {
    fns.forEach((fn, j) => {
      const t = performance.now();
      fn();
      ms[j]!.push(performance.now() - t);
    });
  }
  return ms.map(median);
}

async function costs(snapshotsWork: boolean): Promise<void> {
  // Prototype-level hardening only: a snapshot whose script deletes a global aborts (see snapshotGlobalEdit).
  const hardening =
    'Object.freeze(Array.prototype); Object.defineProperty(Function.prototype, "constructor", ' +
    '{ value: function () { throw new EvalError("blocked"); }, writable: false, configurable: false });';
  const probe = await snapshotGlobalEdit(hardening);
  row('snapshot whose script locks Function.prototype.constructor and freezes a prototype', probe);
  const plain = new ivm.Isolate({ memoryLimit: 512 });
  const reused = plain.createContextSync();
  const fns = [
    () => {
      const i = new ivm.Isolate({ memoryLimit: 16 });
      i.createContextSync().evalSync('1');
      i.dispose();
    },
    () => {
      const c = plain.createContextSync();
      c.evalSync('1');
      c.release();
    },
    () => {
      const c = plain.createContextSync();
      c.evalSync(hardening);
      c.release();
    },
    () => reused.evalClosureSync('return $0 + 1', [1]),
  ];
  let fromSnap: ivm.Isolate | null = null;
  let visible = true;
  if (snapshotsWork && probe === 'works') {
    const snapshot = ivm.Isolate.createSnapshot([{ code: hardening }]);
    const isolate = new ivm.Isolate({ memoryLimit: 512, snapshot });
    fromSnap = isolate;
    fns.push(() => {
      const c = isolate.createContextSync();
      visible &&= c.evalSync('Object.isFrozen(Array.prototype)') === true;
      c.release();
    });
  }
  const [cold, fresh, hardened, closure, snap] = interleaved(500, fns);
  row('fresh isolate + context + eval, p50 (interleaved with the rows below)', `${cold!.toFixed(3)} ms`);
  row('new context on a warm isolate + eval, p50', `${fresh!.toFixed(3)} ms`);
  row('new context + the two-statement hardening script, p50', `${hardened!.toFixed(3)} ms`);
  row('evalClosure on a reused context, p50', `${closure!.toFixed(3)} ms`);
  row(
    'new context on an isolate from a snapshot of that hardening, p50',
    snap === undefined
      ? 'not measured: isolates from this snapshot abort the process'
      : `${snap.toFixed(3)} ms; the frozen prototype is visible in every context: ${visible}`,
  );
  plain.dispose();
  fromSnap?.dispose();
}

/** Runs `body` (CommonJS, with `ivm` in scope) in a child process: some snapshot uses abort the process. */
async function inChild(body: string): Promise<string> {
  const { spawnSync } = await import('node:child_process');
  const { createRequire } = await import('node:module');
  const ivmPath = createRequire(import.meta.url).resolve('isolated-vm');
  const script = `const ivm = require(${JSON.stringify(ivmPath)});\n${body}`;
  const child = spawnSync(process.execPath, ['--no-node-snapshot', '-e', script], { encoding: 'utf8' });
  const out = child.stdout.trim();
  if (child.status === 0 && out !== '') return out;
  const check = /(Check failed|Fatal error)[^\n]{0,70}/.exec(child.stderr)?.[0] ?? '';
  return `the process aborts (${child.signal ?? child.status}): ${check}`;
}

const snapshotMix = () =>
  inChild(`const snapshot = ivm.Isolate.createSnapshot([{ code: 'globalThis.x = 1' }]);
    let seen = 0;
    for (let k = 0; k < ${runs}; k++) {
      const i = new ivm.Isolate({ memoryLimit: 16, snapshot: k % 2 === 1 ? snapshot : undefined });
      seen += i.createContextSync().evalSync('typeof x === "number" ? 1 : 0');
      i.dispose();
    }
    console.log('${runs} isolates, alternately plain and from a snapshot: no crash (' + seen + ' saw it)');`);

const snapshotGlobalEdit = (edit: string) =>
  inChild(`const snapshot = ivm.Isolate.createSnapshot([{ code: ${JSON.stringify(edit)} }]);
    new ivm.Isolate({ memoryLimit: 32, snapshot }).createContextSync(); console.log('works');`);

row(
  'engine',
  `Node ${process.version}, V8 ${process.versions.v8}, flags ${process.execArgv.join(' ') || '(none)'}`,
);
const mix = await snapshotMix();
row('mixed snapshots', mix);
await costs(!mix.startsWith('the process aborts'));
row(
  'snapshot whose script deletes a global (`delete globalThis.Atomics`)',
  await snapshotGlobalEdit('delete globalThis.Atomics'),
);
row('snapshot whose script freezes a prototype', await snapshotGlobalEdit('Object.freeze(Array.prototype)'));
row(
  'snapshot whose script sets a global: visible in a new context',
  await inChild(`const snapshot = ivm.Isolate.createSnapshot([{ code: 'globalThis.x = 1' }]);
    console.log(String(new ivm.Isolate({ memoryLimit: 32, snapshot }).createContextSync().evalSync('typeof x === "number"')));`),
);
for (const mb of [1, 4, 8, 16])
  row(`memoryLimit ${mb} MB: heap when a growing allocation is killed`, await heapAtKill(mb));
row('pending promise and the timeout option', await pendingPromiseTimeout());
row('lodash per fresh context, 16 MB isolate, no GC', await lazyGcKill(16, 0));
row('lodash per fresh context, 16 MB isolate, a context every 10', await lazyGcKill(16, 10));
row('lodash per fresh context, 64 MB isolate, no GC', await lazyGcKill(64, 0));

process.stdout.write('| fact | measured |\n|---|---|\n');
for (const [fact, value] of rows) process.stdout.write(`| ${fact} | ${value} |\n`);
