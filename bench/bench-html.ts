/**
 * A plain, self-contained `bench.html`: the targets, the ratios and every scenario as tables. No script,
 * no external resource; the reports area renders the richer version from the same `bench.json`.
 */
import type { BenchResults } from './bench-results.js';

function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function table(headers: string[], rows: unknown[][]): string {
  const head = headers.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Renders `results` as one HTML page. */
export function renderBenchHtml(results: BenchResults): string {
  const m = results.machine;
  const targets = table(
    ['target', 'kind', 'value', 'limit', 'ok', 'what'],
    results.targets.map((t) => [
      t.id,
      t.kind,
      t.value,
      `${t.comparison === 'max' ? '<' : '>='} ${t.limit}`,
      t.ok ? 'yes' : 'NO',
      t.description,
    ]),
  );
  const ratios = table(
    ['figure', 'value', 'unit', 'better', 'samples'],
    results.ratios.map((r) => [r.id, r.value, r.unit, r.better, r.samples.length]),
  );
  const scenarios = table(
    ['scenario', 'p50 ms', 'p75 ms', 'p99 ms', 'mean ms', 'per s', 'samples', 'details'],
    results.scenarios.map((s) => [
      s.id,
      s.latencyMs?.p50 ?? '',
      s.latencyMs?.p75 ?? '',
      s.latencyMs?.p99 ?? '',
      s.latencyMs?.mean ?? '',
      s.throughputPerSec ?? '',
      s.samples,
      Object.entries(s.extra ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(', '),
    ]),
  );
  const errors =
    results.errors.length === 0
      ? '<p>none</p>'
      : table(
          ['scenario', 'error'],
          results.errors.map((e) => [e.id, e.message]),
        );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sandproof bench ${esc(results.createdAt)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}</style>
</head><body>
<h1>sandproof benchmark (${esc(results.mode)})</h1>
<p>${esc(results.createdAt)}, ${esc(Math.round(results.durationMs / 1000))} s on ${esc(m.hostname)}: ${esc(m.cpuModel)}, ${esc(m.cores)} cores, load ${esc(m.loadAverage.join(' '))}; Node ${esc(m.versions.node)}, isolated-vm ${esc(m.versions.isolatedVm)}. Ratios are against baselines measured in the same run.</p>
<h2>Targets</h2>${targets}
<h2>Gated figures</h2>${ratios}
<h2>Scenarios</h2>${scenarios}
<h2>Errors</h2>${errors}
</body></html>
`;
}
