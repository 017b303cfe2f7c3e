/*---
id: allocation-15-rgba-image-grayscale
description: "Converts a 128x128 RGBA image buffer (64 KB) to grayscale and returns a histogram summary."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { pixels: 16384, mean: 43, distinct: 256 } }
  high-security:   { outcome: allowed, value: { pixels: 16384, mean: 43, distinct: 256 } }
  tenant-isolated: { outcome: allowed, value: { pixels: 16384, mean: 43, distinct: 256 } }
---*/
const w = 128;
const h = 128;
const img = new Uint8ClampedArray(w * h * 4);
for (let i = 0; i < w * h; i++) {
  img[i * 4] = i % 256;
  img[i * 4 + 3] = 255;
}
const gray = new Uint8Array(w * h);
const seen = new Set();
let total = 0;
for (let i = 0; i < w * h; i++) {
  gray[i] = Math.round((img[i * 4] + img[i * 4 + 1] + img[i * 4 + 2]) / 3);
  seen.add(img[i * 4]);
  total += gray[i];
}
return { pixels: gray.length, mean: Math.round(total / gray.length), distinct: seen.size };
