/*---
id: algorithms-07-dijkstra
description: "Finds shortest path distances in a small weighted graph with Dijkstra's algorithm."
kind: benign
category: algorithms
input: { edges: [["A", "B", 4], ["A", "C", 1], ["C", "B", 2], ["B", "D", 1], ["C", "D", 5]] }
expect:
  ultra-secure:    { outcome: allowed, value: { A: 0, B: 3, C: 1, D: 4 } }
  high-security:   { outcome: allowed, value: { A: 0, B: 3, C: 1, D: 4 } }
  tenant-isolated: { outcome: allowed, value: { A: 0, B: 3, C: 1, D: 4 } }
---*/
const adj = {};
for (const [a, b, w] of input.edges) {
  (adj[a] ??= []).push([b, w]);
  (adj[b] ??= []).push([a, w]);
}
const dist = { A: 0 };
const done = new Set();
while (true) {
  const next = Object.keys(dist).filter((k) => !done.has(k)).sort((x, y) => dist[x] - dist[y])[0];
  if (next === undefined) break;
  done.add(next);
  for (const [to, w] of adj[next]) if (dist[to] === undefined || dist[next] + w < dist[to]) dist[to] = dist[next] + w;
}
return Object.fromEntries(Object.entries(dist).sort());
