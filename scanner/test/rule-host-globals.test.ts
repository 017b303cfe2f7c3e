import { ruleTests } from './rule-tester.js';

ruleTests('host-globals', {
  valid: [
    'const job = { process() { return 1 } }; return job.process()',
    'function f(process) { return process.x } return f({ x: 1 })',
    'return { process: 3, Buffer: 4, module: 5 }',
    'return "process.exit()"',
    'queueMicrotask(() => {}); return 1',
    { code: 'return await fetch("https://example.com")', profiles: ['tenant-isolated'] },
    'const setTimeout = (f) => f(); return setTimeout(() => 1)',
  ],
  invalid: [
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
