/*---
id: text-15-uri-encoding
description: "Encodes and decodes URI components, the builtins that remain when URL is absent."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["a%20b%26c%3Dd%2F%C3%A9", "a b&c=d/é", "https://x.io/a%20b?q=1&r=%C3%A9"] }
  high-security:   { outcome: allowed, value: ["a%20b%26c%3Dd%2F%C3%A9", "a b&c=d/é", "https://x.io/a%20b?q=1&r=%C3%A9"] }
  tenant-isolated: { outcome: allowed, value: ["a%20b%26c%3Dd%2F%C3%A9", "a b&c=d/é", "https://x.io/a%20b?q=1&r=%C3%A9"] }
---*/
const s = 'a b&c=d/é';
const enc = encodeURIComponent(s);
return [enc, decodeURIComponent(enc), encodeURI('https://x.io/a b?q=1&r=é')];
