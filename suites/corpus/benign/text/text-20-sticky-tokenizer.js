/*---
id: text-20-sticky-tokenizer
description: "Tokenises arithmetic with a sticky (y) regular expression, advancing lastIndex token by token."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [["num", "12"], ["op", "+"], ["id", "x1"], ["op", "*"], ["paren", "("], ["num", "3"], ["paren", ")"]] }
  high-security:   { outcome: allowed, value: [["num", "12"], ["op", "+"], ["id", "x1"], ["op", "*"], ["paren", "("], ["num", "3"], ["paren", ")"]] }
  tenant-isolated: { outcome: allowed, value: [["num", "12"], ["op", "+"], ["id", "x1"], ["op", "*"], ["paren", "("], ["num", "3"], ["paren", ")"]] }
---*/
const re = /\s*(?:(?<num>\d+)|(?<id>[a-z]\w*)|(?<op>[-+*/])|(?<paren>[()]))/y;
const src = '12 + x1 * (3)';
const tokens = [];
let m;
while (re.lastIndex < src.length && (m = re.exec(src))) {
  const [kind, text] = Object.entries(m.groups).find(([, v]) => v !== undefined);
  tokens.push([kind, text]);
}
return tokens;
