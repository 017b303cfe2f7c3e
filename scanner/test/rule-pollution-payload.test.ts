import { ruleTests } from './rule-tester.js';

// Pollution payloads handed to generic merges and path setters.
const HIGH = ['high-security', 'tenant-isolated'] as const;
const L = 'const _ = require("lodash"); ';
const MERGE =
  'function deep(t, s) { for (const k of Object.keys(s)) { const v = s[k]; if (v && typeof v === "object") deep(t[k] || (t[k] = {}), v); else t[k] = v } return t } ';

ruleTests('pollution-payload', {
  valid: [
    // The same merge fed ordinary parsed data.
    `${MERGE}return deep({}, JSON.parse('{"a": {"b": 1}}'))`,
    // A merge that guards the key, fed the payload (a test of its own guard).
    'function safe(t, s) { for (const k in s) { if (k === "__proto__" || k === "constructor") continue; t[k] = s[k] } return t } return safe({}, JSON.parse(\'{"__proto__": {"x": 1}}\'))',
    // The payload text read, not written anywhere.
    'const p = JSON.parse(\'{"__proto__": 1}\'); return Object.keys(p)',
    // A path setter given an ordinary path.
    'function put(o, path, v) { const ks = path.split("."); let c = o; for (const k of ks.slice(0, -1)) c = c[k] ??= {}; c[ks.at(-1)] = v; return o } return put({}, "a.b", 1)',
    { code: `${L}return _.merge({}, JSON.parse('{"a": {"b": 2}}'))`, profiles: HIGH },
    'return Object.assign({}, JSON.parse(\'{"name": "x"}\'))',
  ],
  invalid: [
    `${MERGE}deep({}, JSON.parse('{"__proto__": {"admin": true}}')); return ({}).admin`,
    `${MERGE}const text = '{"constructor": {"prototype": {"admin": 1}}}'; const data = JSON.parse(text); deep({}, data); return 1`,
    'const put = (o, path, v) => { const ks = path.split("."); let c = o; while (ks.length > 1) { const k = ks.shift(); c = c[k] ?? (c[k] = {}) } c[ks[0]] = v }; put({}, input.p || "a.__proto__.isAdmin", true); return 1',
    'function assignPath(o, keys, v) { let c = o; keys.slice(0, -1).forEach((k) => { c = c[k] }); c[keys[keys.length - 1]] = v } assignPath({}, ["constructor", "prototype", "flag"], 1); return 1',
    { code: `${L}_.merge({}, JSON.parse('{"__proto__": {"m": 1}}')); return ({}).m`, profiles: HIGH },
    { code: `${L}_.defaultsDeep({}, JSON.parse('{"__proto__": {"d": 1}}')); return 1`, profiles: HIGH },
    { code: `${L}_.set({}, "__proto__.s", 1); return ({}).s`, profiles: HIGH },
    { code: `${L}_.setWith({}, ["constructor", "prototype", "w"], 1, Object); return 1`, profiles: HIGH },
    'const o = Object.assign({}, JSON.parse(\'{"__proto__": {"a": 1}}\')); return o.a',
  ],
});
