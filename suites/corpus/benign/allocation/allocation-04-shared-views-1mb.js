/*---
id: allocation-04-shared-views-1mb
description: "Creates several typed-array views over one 1 MB buffer and shows writes through one view are seen by the others."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { viaBytes: [1, 0, 0, 0], viaWords: 258, aliasSame: true, views: 3 } }
  high-security:   { outcome: allowed, value: { viaBytes: [1, 0, 0, 0], viaWords: 258, aliasSame: true, views: 3 } }
  tenant-isolated: { outcome: allowed, value: { viaBytes: [1, 0, 0, 0], viaWords: 258, aliasSame: true, views: 3 } }
---*/
const buf = new ArrayBuffer(1024 * 1024);
const words = new Uint32Array(buf);
const bytes = new Uint8Array(buf);
const tail = words.subarray(words.length - 2);
words[0] = 1;
tail[1] = 258;
return { viaBytes: [...bytes.subarray(0, 4)], viaWords: words[words.length - 1], aliasSame: tail.buffer === buf, views: 3 };
