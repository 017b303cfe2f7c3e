/**
 * The memory sections of the benchmark report: memory per execution against the original 2 MB limit,
 * the host heap over executions with its leak slope, the pooled isolate's retained bytes, and pool reuse.
 */
import type { BenchResults } from '../results/index.js';
import { heapSeries, memoryPerExecution, poolFigures } from './bench-view.js';
import { html, joinHtml, type SafeHtml } from './html-template.js';
import { COLORS, statusTag } from './report-theme.js';
import { renderBarChart } from './svg-bar-chart.js';
import { type LineSeries, renderLineChart } from './svg-line-chart.js';
import { formatBytes, formatNumber } from './svg-scale.js';

const p99 = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? Number.NaN;
};

function perExecution(b: BenchResults): SafeHtml {
  const { rows, limit } = memoryPerExecution(b);
  if (rows.length === 0) return html`<p class="note">No memory-per-execution figures in these results.</p>`;
  const worst = Math.max(...rows.map((r) => p99(r.samples)));
  // A limit far above every bar would squash the bars to nothing: then it is named, not drawn.
  const drawLimit = limit !== null && worst > limit / 4;
  const offScale = limit !== null && !drawLimit ? ` (limit ${formatBytes(limit)}, far off this scale)` : '';
  const chart = renderBarChart({
    title: `Heap growth per execution: median, p99 in the note${offScale}`,
    rows: rows.map((r) => ({
      label: r.id.replace(/^memory\.per-execution\./, ''),
      segments: [
        {
          value: r.value,
          color: limit !== null && p99(r.samples) >= limit ? COLORS.fail : COLORS.accent,
          name: 'median bytes per execution',
        },
      ],
      note: `median ${formatBytes(r.value)}, p99 ${formatBytes(p99(r.samples))}`,
    })),
    lines:
      drawLimit && limit !== null
        ? [{ value: limit, label: `limit ${formatBytes(limit)}`, color: COLORS.fail }]
        : [],
    format: formatBytes,
  });
  return html`<div class="chart">${chart}</div>`;
}

function heap(b: BenchResults): SafeHtml {
  const series = heapSeries(b);
  if (series.points.length === 0) return html`<p class="note">No heap checkpoints in these results.</p>`;
  const lines: LineSeries[] = [
    {
      name: 'host heap used after GC',
      color: COLORS.accent,
      points: series.points.map((p) => ({ x: p.x, y: p.heap })),
    },
  ];
  const rss = series.points.filter((p) => p.rss !== null);
  if (rss.length === series.points.length) {
    lines.push({ name: 'host RSS', color: COLORS.neutral, points: rss.map((p) => ({ x: p.x, y: p.rss! })) });
  }
  const chart = renderLineChart({
    title: 'Host memory over executions',
    series: lines,
    xTitle: 'executions',
    yFormat: formatBytes,
  });
  const slope = series.slopeBytesPerExecution;
  const facts = [
    slope === null ? null : `fitted slope ${formatNumber(slope)} bytes per execution`,
    series.reportedGrowth === null
      ? null
      : `growth reported by the bench ${formatNumber(series.reportedGrowth)} bytes per execution`,
  ].filter((x) => x !== null);
  const pooled = b.scenarios.find((s) => typeof s.extra?.retainedBytesPerExecution === 'number');
  const retained = pooled
    ? html`<p>Pooled isolate (<code>${pooled.id}</code>): ${formatNumber(Number(pooled.extra?.retainedBytesPerExecution))} bytes retained per execution after a full GC; back to baseline: ${statusTag(pooled.extra?.returnedToBaseline === true ? 'pass' : 'fail', String(pooled.extra?.returnedToBaseline ?? 'unknown'))}</p>`
    : null;
  return html`<div class="chart">${chart}</div><p><b>Leak slope:</b> ${facts.join('; ')}.</p>${retained}`;
}

function pool(b: BenchResults): SafeHtml {
  const figures = poolFigures(b);
  if (figures === null) return html`<p class="note">No pool statistics in these results.</p>`;
  const chart = renderBarChart({
    title: `Isolate pool (${figures.scenario})`,
    rows: figures.counts.map((c) => ({
      label: c.name,
      segments: [{ value: c.value, color: c.name === 'reused' ? COLORS.pass : COLORS.neutral, name: c.name }],
      note: formatNumber(c.value),
    })),
    legend: [],
  });
  const rate = figures.reuseRate === null ? 'unknown' : `${(100 * figures.reuseRate).toFixed(2)}%`;
  return html`<div class="chart">${chart}</div><p><b>Reuse rate:</b> ${rate} of isolate acquisitions served by a pooled isolate.</p>`;
}

/** The memory, leak and pool sections. */
export function renderBenchMemory(b: BenchResults): SafeHtml {
  return joinHtml(
    [
      html`<h2>Memory per execution</h2>`,
      perExecution(b),
      html`<h2>Heap over executions (leak slope)</h2>`,
      heap(b),
      html`<h2>Pool reuse</h2>`,
      pool(b),
    ],
    '\n',
  );
}
