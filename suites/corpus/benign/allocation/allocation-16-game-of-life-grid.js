/*---
id: allocation-16-game-of-life-grid
description: "Steps Conway's game of life on a 64x64 typed-array grid and counts live cells (a blinker oscillates)."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: { gen0: 8, gen1: 8, gen2: 8, blinkerVertical: true } }
  high-security:   { outcome: allowed, value: { gen0: 8, gen1: 8, gen2: 8, blinkerVertical: true } }
  tenant-isolated: { outcome: allowed, value: { gen0: 8, gen1: 8, gen2: 8, blinkerVertical: true } }
---*/
const N = 64;
let g = new Uint8Array(N * N);
const set = (r, c) => { g[r * N + c] = 1; };
set(10, 10); set(10, 11); set(10, 12);
set(30, 30); set(30, 31); set(31, 30); set(31, 31); set(29, 29);
const step = (cur) => {
  const nxt = new Uint8Array(N * N);
  for (let r = 1; r < N - 1; r++) for (let c = 1; c < N - 1; c++) {
    let n = 0;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) if (dr || dc) n += cur[(r + dr) * N + c + dc];
    nxt[r * N + c] = n === 3 || (n === 2 && cur[r * N + c]) ? 1 : 0;
  }
  return nxt;
};
const count = (x) => x.reduce((s, v) => s + v, 0);
const gen0 = count(g);
g = step(g);
const gen1 = count(g);
const blinkerVertical = g[9 * N + 11] === 1 && g[11 * N + 11] === 1 && g[10 * N + 10] === 0;
g = step(g);
return { gen0, gen1, gen2: count(g), blinkerVertical };
