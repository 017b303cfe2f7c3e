/**
 * What a WebAssembly module costs V8 outside the JavaScript heap, per declared function and per byte of
 * code: the charge the execution's off-heap ledger makes for a module is set from these figures
 * (runtime/guest/wasm-taming-source.ts). For each shape a fresh process makes an isolate, compiles one
 * module of N functions of `k` (i32.const, drop) pairs each, each function tail-calling the next, and
 * reports its RSS growth minus the isolate's heap growth (used plus external) after each step: compiled
 * (V8 compiles lazily: functions are only validated), instantiated, every function run once (Liftoff code
 * for each), every function run `hot` times (tier-up to optimised code).
 * A second kind of shape keeps M distinct modules of n functions each (a custom section tells them apart,
 * so V8 cannot share one compiled module), every function run once, and reports the cost per module.
 * Run: node --no-node-snapshot --import tsx bench/wasm-code-cost.ts [shape ...]
 * A shape is N:k:hot:exports (exports 1 exports every function) or modules:M:n.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ivm from 'isolated-vm';

const leb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 127;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 128;
    out.push(b);
  } while (n !== 0);
  return out;
};
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length)].concat(body);

/** N functions of type () -> (), each `k` (i32.const, drop) pairs then a tail call of the next. */
function chainModule(n: number, k: number, exportAll: boolean): Uint8Array {
  const out: number[] = [0, 97, 115, 109, 1, 0, 0, 0];
  let all = out.concat(section(1, [1, 0x60, 0, 0]));
  const funcs = leb(n);
  for (let i = 0; i < n; i++) funcs.push(0);
  all = all.concat(section(3, funcs));
  const exps = exportAll ? leb(n) : [1];
  const names = exportAll ? n : 1;
  for (let i = 0; i < names; i++) {
    const name = [...Buffer.from(i === 0 ? 'f' : `f${i}`)];
    exps.push(name.length, ...name, 0, ...leb(i));
  }
  all = all.concat(section(7, exps));
  const code = leb(n);
  for (let i = 0; i < n; i++) {
    const body = [0];
    for (let j = 0; j < k; j++) body.push(0x41, (i + j) & 63, 0x1a);
    if (i + 1 < n) body.push(0x12, ...leb(i + 1));
    body.push(0x0b);
    for (const b of leb(body.length)) code.push(b);
    for (const b of body) code.push(b);
  }
  all = all.concat(section(10, code));
  return new Uint8Array(all);
}

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;

function measureModules(m: number, n: number): void {
  const isolate = new ivm.Isolate({ memoryLimit: 1024 });
  const context = isolate.createContextSync();
  context.global.setSync('base', new ivm.ExternalCopy(chainModule(n, 0, false)).copyInto({ release: true }));
  const keepOne = (
    j: string,
  ) => `{ const b = new Uint8Array(base.length + 5); b.set(base); b.set([0, 3, 1, ${j} & 127, ${j} >> 7], base.length);
    const x = new WebAssembly.Instance(new WebAssembly.Module(b)); x.exports.f(); keep.push(x); }`;
  context.evalSync(`globalThis.keep = []; ${keepOne('16383')}`);
  const heap = () => {
    const h = isolate.getHeapStatisticsSync();
    return h.used_heap_size + h.externally_allocated_size;
  };
  const h0 = heap();
  const r0 = rss();
  context.evalSync(`for (let j = 0; j < ${m}; j++) ${keepOne('j')}`);
  const off = rss() - r0 - (heap() - h0);
  console.log(
    `${m} modules of ${n} functions: ${(off / 2 ** 20).toFixed(1)} MiB off the heap, ${Math.round(off / m)} B/module`,
  );
  isolate.dispose();
}

function measureOne(shape: string): void {
  if (shape.startsWith('modules:')) {
    const [, m, n] = shape.split(':').map(Number) as [number, number, number];
    measureModules(m, n);
    return;
  }
  const [n, k, hot, exportAll] = shape.split(':').map(Number) as [number, number, number, number];
  const bytes = chainModule(n, k, exportAll === 1);
  const isolate = new ivm.Isolate({ memoryLimit: 1024 });
  const context = isolate.createContextSync();
  context.global.setSync('bytes', new ivm.ExternalCopy(bytes).copyInto({ release: true }));
  context.evalSync(
    'globalThis.warm = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0,97,115,109,1,0,0,0])))',
  );
  const heap = () => {
    const h = isolate.getHeapStatisticsSync();
    return h.used_heap_size + h.externally_allocated_size;
  };
  const h0 = heap();
  const r0 = rss();
  const row: string[] = [];
  const step = (name: string, code: string) => {
    context.evalSync(code);
    const off = rss() - r0 - (heap() - h0);
    row.push(
      `${name} ${(off / 2 ** 20).toFixed(1).padStart(6)} MiB ${String(Math.round(off / n)).padStart(5)} B/fn`,
    );
  };
  step('compiled', 'globalThis.m = new WebAssembly.Module(bytes)');
  step('instance', 'globalThis.i = new WebAssembly.Instance(m, {})');
  step('ran', 'i.exports.f()');
  if (hot > 1) step(`ran x${hot}`, `for (let j = 1; j < ${hot}; j++) i.exports.f()`);
  if (exportAll === 1) step('exports', 'for (const f of Object.values(i.exports)) f()');
  console.log(`N=${n} k=${k} ${bytes.length} B (${(bytes.length / n).toFixed(1)} B/fn)  ${row.join('  ')}`);
  isolate.dispose();
}

const shapes = process.argv.slice(2);
if (shapes.length === 1) {
  measureOne(shapes[0]!);
} else {
  const self = fileURLToPath(import.meta.url);
  const all =
    shapes.length > 0
      ? shapes
      : [
          '1000:0:1:0',
          '10000:0:1:0',
          '100000:0:1:0',
          '200000:0:1:0',
          '10000:20:1:0',
          '2000:200:1:0',
          '10000:0:2000:0',
          '10000:0:1:1',
          'modules:1000:1',
          'modules:1000:10',
        ];
  for (const shape of all) {
    const child = spawnSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', self, shape], {
      encoding: 'utf8',
    });
    process.stdout.write(child.stdout || `${shape}: failed ${child.stderr.slice(0, 300)}\n`);
  }
}
