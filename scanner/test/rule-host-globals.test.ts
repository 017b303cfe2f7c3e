import { ruleTests } from './rule-tester.js';

ruleTests('host-globals', {
  valid: [
    // `this` in a method is its object, here holding nothing dangerous.
    'const o = { n: 1, f() { return this.n } }; return o.f()',
    'function f() { return this.n } return f.call({ n: 2 })',
    'const p = new Proxy({}, { get: () => 1 }); return p.anything',
    'const job = { process() { return 1 } }; return job.process()',
    'function f(process) { return process.x } return f({ x: 1 })',
    'return { process: 3, Buffer: 4, module: 5 }',
    'return "process.exit()"',
    'queueMicrotask(() => {}); return 1',
    { code: 'return await fetch("https://example.com")', profiles: ['tenant-isolated'] },
    'const setTimeout = (f) => f(); return setTimeout(() => 1)',
  ],
  invalid: [
    {
      code: 'const handler = { get: () => globalThis }; return new Proxy({}, handler).x.process.env',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    'const p = new Proxy({}, { get() { return self } }); return p.a.process',
    {
      code: 'const o = { g: globalThis, f() { return this.g.process.env } }; return o.f()',
      profiles: ['ultra-secure', 'high-security', 'tenant-isolated'],
    },
    'function f() { return this.process.env } return f.call(globalThis)',
    'const f = function () { return this.process }; return f.bind(globalThis)().env',
    'function f() { return this.process } return f.apply(globalThis, [])',
    'function id(x) { return x } id(1); return id(globalThis).process.env',
    'const o = {}; o.__defineGetter__("g", () => globalThis); return o.g.process.env',
    'const o = {}; Object.defineProperty(o, "g", { get: () => globalThis }); return o.g.process',
    'const o = {}; Reflect.defineProperty(o, "g", { value: globalThis }); return o.g.process',
    { code: 'return process.env', profiles: ['ultra-secure', 'high-security', 'tenant-isolated'] },
    'return globalThis["pro" + "cess"]',
    'return module.exports',
    'return exports',
    'return __dirname + __filename',
    'return Buffer.from("x")',
    'return global.process',
    'setTimeout("1", 0)',
    'setInterval(() => {}, 1)',
    'return performance.now()',
    { code: 'return fetch("https://attacker.example")', profiles: ['ultra-secure', 'high-security'] },
    'return new XMLHttpRequest()',
    'const { process: p } = globalThis; return p',
  ],
});
