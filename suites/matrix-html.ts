/**
 * The sandbox matrix: one self-contained HTML page (no script, no network request) comparing the
 * conformance results of several sandboxes side by side. Categories are rows, sandboxes columns; each
 * cell gives samples passed, the samples with a finding of each kind (escape, policy, budget, false
 * refusal, defect, surface; `suites/FINDINGS.md`) and how many failed samples a declared non-goal covers.
 * The header rows give each sandbox's verdict, its findings per kind, declared non-goals, incidents
 * (hang, crash, adapter-error), the median time per sample run and the per-execution p50 from
 * `sandproof bench --adapter`.
 */
import { FINDING_CLASSES, FINDING_COLORS, type FindingClass } from '../results/index.js';
import type { ConformanceResults } from './conformance-results.js';

const esc = (text: unknown): string => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A sandbox's per-execution latency from `sandproof bench --adapter A` (its `adapter.<name>` scenario). */
export interface MatrixBench {
  /** Median milliseconds per execution of the bench's small snippet, through the adapter. */
  p50Ms: number;
  /** That p50 over the same run's floor (a raw isolated-vm fresh context), when the run had one. */
  vsFloorP50: number | null;
  /** The bench run's mode. */
  mode: 'quick' | 'full';
}

/** One sandbox's column: its results for one profile, and the per-run durations. */
export interface MatrixColumn {
  results: ConformanceResults;
  profile: string;
  /** Median milliseconds per run (one sample under one scan mode). */
  medianRunMs: number | null;
  incidents: Record<string, number>;
  /** Per-execution p50 from the benchmark, or null when it was not measured. */
  bench?: MatrixBench | null;
}

/** Short labels of the finding kinds, as cells show them. */
const KIND_LABELS: Readonly<Record<FindingClass, string>> = {
  escape: 'escape',
  policy: 'policy',
  budget: 'budget',
  'false-refusal': 'false refusal',
  defect: 'defect',
  surface: 'surface',
};

/** Milliseconds with the precision a latency needs: 0.042 ms, 1.37 ms, 12.4 ms, 312 ms. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms)} ms`;
}

/** Cell class: the most severe kind present, else ok, or (results without kinds) escape/gap/fail. */
function cellClass(
  counts: Partial<Record<FindingClass, number>> | undefined,
  failed: number,
  escapes: number,
  gaps: number,
): string {
  if (counts !== undefined) {
    const worst = FINDING_CLASSES.find((k) => (counts[k] ?? 0) > 0);
    if (worst !== undefined) return `k-${worst}`;
  }
  if (escapes > 0) return 'k-escape';
  if (failed === 0) return 'ok';
  return failed === gaps ? 'gap' : 'fail';
}

/** The non-zero kinds of a count record, each labelled in its colour. */
function kindList(counts: Partial<Record<FindingClass, number>>): string[] {
  return FINDING_CLASSES.filter((k) => (counts[k] ?? 0) > 0).map(
    (k) => `<span class="kind" style="color:${FINDING_COLORS[k]}">${counts[k]} ${KIND_LABELS[k]}</span>`,
  );
}

/** Renders the matrix page. */
export function renderMatrixHtml(
  columns: readonly MatrixColumn[],
  title = 'sandproof sandbox matrix',
): string {
  const profiles = columns.map((c) => c.results.profiles.find((p) => p.profile === c.profile));
  const categories = [...new Set(profiles.flatMap((p) => (p ? Object.keys(p.categories) : [])))].sort(
    (a, b) =>
      a.startsWith('benign/') === b.startsWith('benign/')
        ? a < b
          ? -1
          : 1
        : a.startsWith('benign/')
          ? 1
          : -1,
  );
  const head = columns
    .map(
      (c) =>
        `<th>${esc(c.results.adapter.name)}<div class="note">${esc(c.results.adapter.capabilities.notes ?? '')}</div></th>`,
    )
    .join('');
  const row = (label: string, cells: string[]): string => `<tr><th>${label}</th>${cells.join('')}</tr>`;
  const verdicts = profiles.map((p) =>
    p
      ? `<td class="${p.certified ? 'ok' : p.escapes > 0 ? 'k-escape' : 'fail'}">${p.certified ? 'certified' : 'not certified'}<br>score ${p.score.toFixed(1)} (${esc(p.grade)})</td>`
      : '<td>profile not claimed</td>',
  );
  const summary = profiles.map((p) =>
    p
      ? `<td>${p.passed}/${p.samples} samples pass<br>${p.escapes} escapes, ${p.blockingFailures} blocking failures</td>`
      : '<td></td>',
  );
  const nonGoals = columns.map((c) => {
    const goals = c.results.adapter.capabilities.nonGoals;
    return `<td>${Array.isArray(goals) && goals.length > 0 ? goals.map(esc).join(', ') : 'none declared'}</td>`;
  });
  const incidents = columns.map((c) => {
    const list = Object.entries(c.incidents).map(([k, n]) => `${esc(k)} ${n}`);
    return `<td>${list.length > 0 ? list.join(', ') : 'none'}</td>`;
  });
  const kinds = profiles.map((p) => {
    if (!p?.findings) return '<td>n/a (results before the taxonomy)</td>';
    return `<td>${FINDING_CLASSES.map((k) => `${KIND_LABELS[k]} ${p.findings?.[k] ?? 0}`).join('<br>')}</td>`;
  });
  const times = columns.map((c) => `<td>${c.medianRunMs === null ? 'n/a' : `${c.medianRunMs} ms`}</td>`);
  const p50s = columns.map((c) =>
    c.bench
      ? `<td>${formatMs(c.bench.p50Ms)}${c.bench.vsFloorP50 === null ? '' : `<br>${c.bench.vsFloorP50}x floor`}${c.bench.mode === 'quick' ? '' : ` (${c.bench.mode})`}</td>`
      : '<td>not measured</td>',
  );
  const body = categories.map((category) =>
    row(
      esc(category),
      profiles.map((p) => {
        const c = p?.categories[category];
        if (!c) return '<td class="none">-</td>';
        const gaps = c.declaredGaps ?? 0;
        const parts = [`${c.passed}/${c.samples}`];
        if (c.findings) parts.push(...kindList(c.findings));
        else if (c.escapes > 0) parts.push(`<b>${c.escapes} escaped</b>`);
        if (gaps > 0) parts.push(`${gaps} by design`);
        if (c.failed - gaps > 0) parts.push(`${c.failed - gaps} claimed, failed`);
        return `<td class="${cellClass(c.findings, c.failed, c.escapes, gaps)}">${parts.join('<br>')}</td>`;
      }),
    ),
  );
  const profileNames = [...new Set(columns.map((c) => c.profile))].join(', ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f3f3f3}.note{font-weight:normal;font-size:11px;color:#555;max-width:14rem}
td.ok{background:#e7f6e7}td.gap{background:#fff6d6}td.fail{background:#fde2e2}td.none{color:#999}
td.k-escape{background:#f7b4b4}td.k-policy{background:#fde2e2}td.k-budget{background:#ffe6cc}
td.k-false-refusal{background:#efe4ff}td.k-defect{background:#ececec}td.k-surface{background:#fff6d6}
.kind{display:block;font-weight:600}
</style></head><body>
<h1>${esc(title)}</h1>
<p>Profile: ${esc(profileNames)}. Each cell: samples passed/samples in the category, then the samples with a
finding of each kind (a sample counts once per kind, in either scan mode): <b>escape</b> the oracle saw the host
reached, another tenant or execution affected, or a harness invariant broken (only this forces grade F);
<b>policy</b> something the profile forbids works; <b>budget</b> a time or memory budget did not hold;
<b>false refusal</b> allowed code refused; <b>defect</b> the sandbox or adapter broke; <b>surface</b> a global or
behaviour differs from the contract, with no reach. <i>by design</i>: failed samples a non-goal the sandbox
declares covers (lacks a declared capability); <i>claimed, failed</i>: every other failed sample. A cell takes
the colour of its most severe kind; green: all pass. Time per sample: the median run of the conformance run
(worker round trip, oracle and probe included); per-execution p50: the benchmark's small snippet through the
adapter, in the benchmark's own process (<code>sandproof bench --quick --adapter A</code>).</p>
<table><thead><tr><th>category</th>${head}</tr></thead><tbody>
${row('verdict', verdicts)}
${row('summary', summary)}
${row('samples with findings, per kind', kinds)}
${row('declared non-goals', nonGoals)}
${row('incidents (worker)', incidents)}
${row('time per sample (median run)', times)}
${row('per-execution p50 (bench)', p50s)}
${body.join('\n')}
</tbody></table>
<p class="note">Generated by <code>sandproof matrix</code> from conformance.json files (schema ${columns[0]?.results.schemaVersion ?? 1}).</p>
</body></html>
`;
}
