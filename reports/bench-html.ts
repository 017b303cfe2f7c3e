/**
 * The benchmark report: one self-contained HTML page built from `bench.json`. Verdicts first (targets and
 * gate), then the run's identity, latency distributions with the targets drawn as lines, ratios to the
 * floor and to the peers, memory, the heap slope, pool reuse, the deltas against the baseline and a trend.
 */
import type { RatioResult } from '../results/index.js';
import { type BenchHistory, renderBenchTrend } from './bench-history.js';
import { renderBenchMemory } from './bench-memory-html.js';
import { type BenchVerdict, benchHeadline, benchVerdicts } from './bench-verdict.js';
import {
  type BenchReportInput,
  baselineDeltas,
  type GateComparison,
  latencyScenarios,
  latencyTargets,
  ratioGroups,
} from './bench-view.js';
import { html, joinHtml, type SafeHtml } from './html-template.js';
import { COLORS, renderPage, statusColor, statusSymbol, statusTag } from './report-theme.js';
import { renderBarChart } from './svg-bar-chart.js';
import { renderLatencyChart } from './svg-latency-chart.js';
import { formatBytes, formatMs, formatNumber } from './svg-scale.js';

/** Options of {@link renderBenchHtml}. */
export interface BenchHtmlOptions {
  /** Earlier runs for the trend. */
  history?: BenchHistory;
  /** A baseline run: its ratio deltas are shown when the results carry no gate verdict. */
  baseline?: BenchReportInput;
}

function tile(v: BenchVerdict): SafeHtml {
  return html`<div class="verdict" style="background:${statusColor(v.status)}"><div class="who">${v.name}</div>
<div class="word">${statusSymbol(v.status)} ${v.word}</div><div class="rule">${v.rule}</div></div>`;
}

function identity(b: BenchReportInput): SafeHtml {
  const m = b.machine;
  const rows: [string, string][] = [
    ['date', b.createdAt],
    ['mode', `${b.mode}, ${(b.durationMs / 1000).toFixed(1)} s`],
    ['Node.js', m.versions.node],
    ['V8', m.versions.v8],
    ['isolated-vm', m.versions.isolatedVm],
    ['sandproof', m.versions.sandproof],
    ['quickjs-emscripten', m.versions.quickjs],
    ['machine', `${m.hostname}: ${m.cpuModel}, ${m.cores} cores, ${formatBytes(m.totalMemoryBytes)}`],
    ['load average at start', m.loadAverage.map((x) => x.toFixed(2)).join(' ')],
  ];
  const dl = rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`);
  const errors = b.errors.map((e) => html`<li><code>${e.id}</code>: ${e.message}</li>`);
  return html`<h2>Run</h2><dl class="id">${dl}</dl>${errors.length > 0 ? html`<h3>${statusTag('fail', 'scenarios that failed to run')}</h3><ul>${errors}</ul>` : null}`;
}

function targetsTable(b: BenchReportInput): SafeHtml {
  const fmt = (id: string, v: number): string => (id.includes('memory') ? formatBytes(v) : formatNumber(v));
  const rows = b.targets.map((t) => {
    const tag = t.ok ? statusTag('pass', 'met') : statusTag(t.kind === 'static' ? 'fail' : 'warn', 'missed');
    const op = t.comparison === 'max' ? '<' : '≥';
    return html`<tr><td>${tag}</td><td><code>${t.id}</code></td><td>${t.kind}</td><td>${t.description}</td><td class="n">${fmt(t.id, t.value)}</td><td class="n">${op} ${fmt(t.id, t.limit)}</td></tr>`;
  });
  return html`<h2>Targets</h2><table><tr><th>status</th><th>target</th><th>kind</th><th>what</th><th>value</th><th>limit</th></tr>\n${joinHtml(rows, '\n')}</table>`;
}

function latency(b: BenchReportInput): SafeHtml {
  const scenarios = latencyScenarios(b);
  if (scenarios.length === 0)
    return html`<h2>Latency</h2><p class="note">No latency figures in these results.</p>`;
  const chart = renderLatencyChart(
    'Latency per scenario (ms)',
    scenarios.map((s) => ({ label: s.id, ...s.latencyMs })),
    latencyTargets(b),
  );
  const rows = scenarios.map((s) => {
    const l = s.latencyMs;
    const tp = s.throughputPerSec === undefined ? '' : formatNumber(s.throughputPerSec);
    return html`<tr><td><code>${s.id}</code></td><td class="n">${formatMs(l.p50)}</td><td class="n">${formatMs(l.p75)}</td><td class="n">${formatMs(l.p99)}</td><td class="n">${formatMs(l.mean)}</td><td class="n">${tp}</td><td class="n">${s.samples}</td><td>${s.description}</td></tr>`;
  });
  return html`<h2>Latency distributions</h2><div class="chart">${chart}</div>
<table><tr><th>scenario</th><th>p50</th><th>p75</th><th>p99</th><th>mean</th><th>per second</th><th>samples</th><th>what</th></tr>\n${joinHtml(rows, '\n')}</table>`;
}

function ratioChart(
  title: string,
  ratios: RatioResult[],
  lines: { value: number; label: string; color?: string }[],
): SafeHtml {
  if (ratios.length === 0) return html`<p class="note">${title}: none in these results.</p>`;
  const chart = renderBarChart({
    title,
    rows: ratios.map((r) => ({
      label: r.id,
      segments: [
        {
          value: r.value,
          color: lines.some((l) => r.value > l.value) ? '#bc4c00' : COLORS.accent,
          name: 'ratio (median of rounds)',
        },
      ],
      note: `${r.value.toFixed(2)}×`,
    })),
    lines,
    format: (v) => `${formatNumber(v)}×`,
  });
  return html`<div class="chart">${chart}</div>`;
}

function ratios(b: BenchReportInput): SafeHtml {
  const g = ratioGroups(b);
  const floorLimit = b.targets.find((t) => t.id === 'own.warm-floor-ratio')?.limit ?? 1.5;
  return joinHtml(
    [
      html`<h2>Ratios (same run, machine-independent)</h2>`,
      ratioChart('To the raw isolated-vm floor', g.floor, [
        { value: floorLimit, label: `own target ${formatNumber(floorLimit)}× (warm ultra-secure)` },
      ]),
      ratioChart('To the peers (under 1× is faster)', g.peers, [{ value: 1, label: 'parity 1×' }]),
      ratioChart('Other ratios', g.other, []),
    ],
    '\n',
  );
}

function deltaSection(title: string, comparisons: GateComparison[], note: string): SafeHtml {
  const chart = renderBarChart({
    title: `${title}: change in % (positive is worse for lower-is-better figures)`,
    rows: comparisons.map((c) => ({
      label: c.id,
      segments: [
        {
          value: c.changePct,
          color: c.regressed ? COLORS.fail : COLORS.neutral,
          name: c.regressed ? 'regressed' : 'within noise',
        },
      ],
      note: `${c.changePct >= 0 ? '+' : ''}${c.changePct.toFixed(1)}%${c.regressed ? ' ✘' : ''}`,
    })),
    format: (v) => `${formatNumber(v)}%`,
  });
  const rows = comparisons.map(
    (c) =>
      html`<tr><td>${c.regressed ? statusTag('fail', 'regressed') : statusTag('pass', 'ok')}</td><td><code>${c.id}</code></td><td class="n">${formatNumber(c.baseline)}</td><td class="n">${Number.isNaN(c.current) ? 'missing' : formatNumber(c.current)}</td><td class="n">${c.changePct.toFixed(1)}%</td><td class="n">${c.pValue === undefined ? '' : c.pValue.toFixed(3)}</td></tr>`,
  );
  return html`<p class="note">${note}</p><div class="chart">${chart}</div>
<table><tr><th>status</th><th>figure</th><th>baseline</th><th>now</th><th>change</th><th>p-value</th></tr>\n${joinHtml(rows, '\n')}</table>`;
}

function gate(b: BenchReportInput, baseline: BenchReportInput | undefined): SafeHtml {
  const head = html`<h2>Against the baseline</h2>`;
  if (b.gate !== undefined) {
    const v = benchVerdicts(b).find((x) => x.name === 'regression gate')!;
    return html`${head}<p>${statusTag(v.status, `gate ${v.word}`)} ${v.rule}</p>${deltaSection(`Gate against ${b.gate.baseline}`, b.gate.comparisons, 'Figures compared by the gate: worse than its threshold and significant in a rank test over per-round samples is a regression.')}`;
  }
  if (baseline !== undefined) {
    const note = `No gate verdict in these results; deltas against the baseline of ${baseline.createdAt} are informational (over 10% worse is marked).`;
    return html`${head}${deltaSection('Against the baseline', baselineDeltas(b, baseline), note)}`;
  }
  return html`${head}<p class="note">No gate verdict and no baseline given.</p>`;
}

/** Renders the benchmark page. */
export function renderBenchHtml(b: BenchReportInput, options: BenchHtmlOptions = {}): string {
  const head = benchHeadline(b);
  const body = joinHtml(
    [
      html`<h1>sandproof benchmarks: ${b.mode} run</h1>`,
      html`<p class="sub">${b.createdAt} · Node ${b.machine.versions.node} · isolated-vm ${b.machine.versions.isolatedVm} · ${b.machine.cpuModel}</p>`,
      html`<div class="headline" style="color:${statusColor(head.status)}">${statusSymbol(head.status)} ${head.text}</div>`,
      html`<div class="verdicts" id="verdicts">${joinHtml(benchVerdicts(b).map(tile), '\n')}</div>`,
      identity(b),
      targetsTable(b),
      latency(b),
      ratios(b),
      renderBenchMemory(b),
      gate(b, options.baseline),
      html`<h2>Trend</h2>`,
      renderBenchTrend(options.history ?? { runs: [], skipped: [] }, b),
    ],
    '\n',
  );
  return renderPage(`sandproof benchmarks: ${b.createdAt}`, body);
}
