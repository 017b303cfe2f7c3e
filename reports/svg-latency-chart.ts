/**
 * Latency distributions as inline SVG: per scenario a whisker from the fastest sample (or p50) to the
 * slowest (or p99), a box from p50 to p75, a bold tick at p99 and a diamond at the mean; targets are
 * dashed vertical lines. The axis turns logarithmic when scenarios span more than two decades.
 */
import { truncate } from './html-escape.js';
import { html, type SafeHtml } from './html-template.js';
import { COLORS } from './report-theme.js';
import { autoScale, formatMs } from './svg-scale.js';

/** One scenario's distribution, in milliseconds. */
export interface LatencyRow {
  label: string;
  p50: number;
  p75: number;
  p99: number;
  mean: number;
  min?: number;
  max?: number;
  /** Colour of the box: the scenario's target status. */
  color?: string;
}

/** A latency target drawn across the chart. */
export interface LatencyTarget {
  label: string;
  limitMs: number;
  ok: boolean;
}

const ROW = 30;
const TOP = 40;
const BOTTOM = 50;

function rowMarks(row: LatencyRow, y: number, x: (v: number) => number): SafeHtml[] {
  const mid = y + ROW / 2;
  const lo = x(row.min ?? row.p50);
  const hi = x(row.max ?? row.p99);
  const color = row.color ?? COLORS.accent;
  const tip = `p50 ${formatMs(row.p50)}, p75 ${formatMs(row.p75)}, p99 ${formatMs(row.p99)}, mean ${formatMs(row.mean)}`;
  const m = x(row.mean);
  return [
    html`<g><title>${`${row.label}: ${tip}`}</title>`,
    html`<line x1="${lo.toFixed(1)}" y1="${mid}" x2="${hi.toFixed(1)}" y2="${mid}" stroke="${COLORS.neutral}" stroke-width="1.5"/>`,
    html`<rect x="${x(row.p50).toFixed(1)}" y="${y + 7}" width="${Math.max(2, x(row.p75) - x(row.p50)).toFixed(1)}" height="${ROW - 14}" fill="${color}" fill-opacity="0.85"/>`,
    html`<line x1="${x(row.p99).toFixed(1)}" y1="${y + 5}" x2="${x(row.p99).toFixed(1)}" y2="${y + ROW - 5}" stroke="${COLORS.text}" stroke-width="3"/>`,
    html`<path d="M${m.toFixed(1)} ${mid - 5}l5 5-5 5-5-5z" fill="#fff" stroke="${COLORS.text}"/>`,
    html`</g>`,
  ];
}

/** Renders the chart; `width` in px. */
export function renderLatencyChart(
  title: string,
  rows: LatencyRow[],
  targets: LatencyTarget[],
  width = 1000,
): SafeHtml {
  const longest = Math.max(8, ...rows.map((r) => Math.min(36, r.label.length)));
  const left = Math.min(290, longest * 7.4 + 14);
  const right = width - 150;
  const values = rows.flatMap((r) => [r.p50, r.p75, r.p99, r.mean, r.min ?? r.p50, r.max ?? r.p99]);
  const x = autoScale([...values, ...targets.map((t) => t.limitMs)], left, right);
  const bottom = TOP + rows.length * ROW;
  const height = bottom + BOTTOM;
  const grid = x.ticks.map((t) => {
    const px = x(t).toFixed(1);
    return html`<line x1="${px}" y1="${TOP}" x2="${px}" y2="${bottom}" stroke="${COLORS.grid}"/><text x="${px}" y="${bottom + 16}" text-anchor="middle" fill="${COLORS.muted}">${formatMs(t)}</text>`;
  });
  const body = rows.map((row, i) => {
    const y = TOP + i * ROW;
    const label = html`<text x="${left - 8}" y="${y + ROW / 2 + 5}" text-anchor="end">${truncate(row.label, 36)}</text>`;
    const note = html`<text x="${right + 8}" y="${y + ROW / 2 + 5}">p99 ${formatMs(row.p99)}</text>`;
    return html`${label}${rowMarks(row, y, x)}${note}`;
  });
  const lines = targets.map((t, i) => {
    const px = x(t.limitMs).toFixed(1);
    const color = t.ok ? COLORS.pass : COLORS.fail;
    const word = `${t.ok ? '✔' : '✘'} ${truncate(t.label, 34)} ≤ ${formatMs(t.limitMs)}`;
    return html`<line x1="${px}" y1="${TOP - 4}" x2="${px}" y2="${bottom}" stroke="${color}" stroke-width="2" stroke-dasharray="7 4"/><text x="${px}" y="${TOP - 8 - (i % 2) * 14}" text-anchor="middle" fill="${color}" font-weight="700">${word}</text>`;
  });
  const scaleNote = x.log ? 'log scale' : 'linear scale';
  const legend = html`<text x="${left}" y="${height - 8}" fill="${COLORS.muted}">box p50–p75 · bold tick p99 · ◇ mean · whisker min–max · dashed: target (${scaleNote})</text>`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="latency-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}" font-size="13" font-family="system-ui,sans-serif"><title>${title}</title><text x="4" y="16" font-weight="700" font-size="14">${title}</text>${grid}${body}${lines}${legend}</svg>`;
}
