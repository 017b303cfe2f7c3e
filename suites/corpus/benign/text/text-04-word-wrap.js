/*---
id: text-04-word-wrap
description: "Wraps a paragraph to a fixed width greedily, word by word."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: ["The quick brown", "fox jumps over", "the lazy dog."] }
  high-security:   { outcome: allowed, value: ["The quick brown", "fox jumps over", "the lazy dog."] }
  tenant-isolated: { outcome: allowed, value: ["The quick brown", "fox jumps over", "the lazy dog."] }
---*/
const text = 'The quick brown fox jumps over the lazy dog.';
const width = 15;
const lines = [];
let line = '';
for (const w of text.split(' ')) {
  if (line && (line + ' ' + w).length > width) { lines.push(line); line = w; }
  else line = line ? `${line} ${w}` : w;
}
if (line) lines.push(line);
return lines;
