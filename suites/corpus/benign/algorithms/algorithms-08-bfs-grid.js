/*---
id: algorithms-08-bfs-grid
description: "Finds the shortest path length through a maze grid with breadth-first search."
kind: benign
category: algorithms
input: { grid: ["S.#.", "..#.", "#...", "##.E"] }
expect:
  ultra-secure:    { outcome: allowed, value: 6 }
  high-security:   { outcome: allowed, value: 6 }
  tenant-isolated: { outcome: allowed, value: 6 }
---*/
const g = input.grid;
const start = [0, 0];
const seen = new Set(['0,0']);
let frontier = [start];
for (let steps = 0; frontier.length; steps++) {
  const next = [];
  for (const [r, c] of frontier) {
    if (g[r][c] === 'E') return steps;
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nr = r + dr;
      const nc = c + dc;
      if (g[nr]?.[nc] && g[nr][nc] !== '#' && !seen.has(`${nr},${nc}`)) {
        seen.add(`${nr},${nc}`);
        next.push([nr, nc]);
      }
    }
  }
  frontier = next;
}
return -1;
