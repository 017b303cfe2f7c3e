import { ruleTests } from './rule-tester.js';

ruleTests('decoded-code', {
  valid: [
    'return "eval(x) is " + "dangerous"',
    'return atob("aGVsbG8gd29ybGQ=")',
    'return String.fromCharCode(72, 105)',
    'const s = "con" + "structor"; return s.length',
    'return [1, 2, 3].join(",")',
    'return "eval(\\"1\\")"',
    'return `Processing ${input?.n ?? 0} items`',
    'const html = "<!-- header --><p>hi</p>"; return html.slice(0, 15)',
  ],
  invalid: [
    'const s = String.fromCharCode(101, 118, 97, 108, 40, 39, 49, 39, 41); return s',
    'return atob("cHJvY2Vzcy5leGl0KCk=")',
    'return ["pro", "cess", ".exit()"].join("")',
    'return ")(tixe.ssecorp".split("").reverse().join("")',
    'return unescape("%70%72%6f%63%65%73%73%2e%65%78%69%74%28%29")',
    'return Buffer.from("70726f636573732e657869742829", "hex").toString()',
    // Two levels: the decoded text decodes code itself.
    'return atob("cmV0dXJuIGF0b2IoJ2NISnZZMlZ6Y3k1bGVHbDBLQ2s9Jyk=")',
  ],
});
