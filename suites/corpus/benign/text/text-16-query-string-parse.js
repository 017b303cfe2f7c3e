/*---
id: text-16-query-string-parse
description: "Parses a query string into an object by hand, handling repeats and plus signs."
kind: benign
category: text
input: { qs: "q=hello+world&tag=a&tag=b&empty=&flag" }
expect:
  ultra-secure:    { outcome: allowed, value: { q: "hello world", tag: ["a", "b"], empty: "", flag: true } }
  high-security:   { outcome: allowed, value: { q: "hello world", tag: ["a", "b"], empty: "", flag: true } }
  tenant-isolated: { outcome: allowed, value: { q: "hello world", tag: ["a", "b"], empty: "", flag: true } }
---*/
const out = {};
for (const part of input.qs.split('&')) {
  const [k, v] = part.split('=');
  const value = v === undefined ? true : decodeURIComponent(v.replace(/\+/g, ' '));
  out[k] = k in out ? [].concat(out[k], value) : value;
}
return out;
