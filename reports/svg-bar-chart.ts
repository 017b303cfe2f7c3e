/**
 * Horizontal bar charts as inline SVG: one row per item, bars stacked from segments, optional reference
 * lines (targets, limits) and a note at the end of each row. Drawn at build time; the page runs no script.
 */
import { truncate } from './html-escape.js';
import { html, type SafeHtml } from './html-template.js';
import { COLORS } from './report-theme.js';
import { formatNumber, linearScale } from './svg-scale.js';

/** One part of a bar. Negative values draw leftwards from zero (deltas). */
export interface BarSegment {
  value: number;
  color: string;
  name: string;
}

/** One row of the chart. */
export interface BarRow {
  label: string;
  segments: BarSegment[];
  /** Text after the bar, e.g. "149/159 passed". */
  note?: string;
}

/** A vertical line across all rows at a value (a target or a limit). */
export interface ReferenceLine {
  value: number;
  label: string;
  color?: string;
}

/** Options of {@link renderBarChart}. */
export interface BarChartOptions {
  title: string;
  rows: BarRow[];
  lines?: ReferenceLine[];
  format?: (value: number) => string;
  /** Legend entries; defaults to the distinct segment names. */
  legend?: { name: string; color: string }[];
  width?: number;
}

const ROW = 26;
const TOP = 34;
const BOTTOM = 46;
const NOTE_WIDTH = 230;
const LABEL_LIMIT = 54;

function legendOf(options: BarChartOptions): { name: string; color: string }[] {
  if (options.legend) return options.legend;
  const seen = new Map<string, string>();
  for (const row of options.rows)
    for (const s of row.segments) if (!seen.has(s.name)) seen.set(s.name, s.color);
  return [...seen].map(([name, color]) => ({ name, color }));
}

function renderLegend(items: { name: string; color: string }[], x: number, y: number): SafeHtml[] {
  let offset = x;
  return items.map((item) => {
    const out = html`<rect x="${offset}" y="${y - 10}" width="12" height="12" fill="${item.color}"/><text x="${offset + 16}" y="${y}">${item.name}</text>`;
    offset += 28 + item.name.length * 7;
    return out;
  });
}

function rowBars(
  row: BarRow,
  y: number,
  scale: (v: number) => number,
  format: (v: number) => string,
): SafeHtml[] {
  let pos = 0;
  let neg = 0;
  const parts = row.segments.map((s) => {
    const from = s.value >= 0 ? pos : neg;
    const to = from + s.value;
    if (s.value >= 0) pos = to;
    else neg = to;
    const x = Math.min(scale(from), scale(to));
    const w = Math.max(Math.abs(scale(to) - scale(from)), s.value === 0 ? 0 : 1);
    const tip = `${s.name}: ${format(s.value)}`;
    return html`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW - 8}" fill="${s.color}"><title>${tip}</title></rect>`;
  });
  return parts;
}

/** Renders the chart; every label and note is escaped. */
export function renderBarChart(options: BarChartOptions): SafeHtml {
  const width = options.width ?? 1000;
  const format = options.format ?? formatNumber;
  const longest = Math.max(8, ...options.rows.map((r) => Math.min(LABEL_LIMIT, r.label.length)));
  const left = Math.min(400, longest * 7.2 + 14);
  const right = width - NOTE_WIDTH;
  const values = options.rows.flatMap((r) => {
    const pos = r.segments.filter((s) => s.value > 0).reduce((a, s) => a + s.value, 0);
    const neg = r.segments.filter((s) => s.value < 0).reduce((a, s) => a + s.value, 0);
    return [pos, neg];
  });
  const lineValues = (options.lines ?? []).map((l) => l.value);
  const scale = linearScale(
    Math.min(0, ...values, ...lineValues),
    Math.max(0, ...values, ...lineValues),
    left,
    right,
  );
  const height = TOP + options.rows.length * ROW + BOTTOM;
  const bottom = TOP + options.rows.length * ROW;
  const grid = scale.ticks.map((t) => {
    const x = scale(t).toFixed(1);
    return html`<line x1="${x}" y1="${TOP}" x2="${x}" y2="${bottom}" stroke="${COLORS.grid}"/><text x="${x}" y="${bottom + 16}" text-anchor="middle" fill="${COLORS.muted}">${format(t)}</text>`;
  });
  const rows = options.rows.map((row, i) => {
    const y = TOP + i * ROW;
    const label = html`<text x="${left - 8}" y="${y + ROW / 2 + 5}" text-anchor="end">${truncate(row.label, LABEL_LIMIT)}</text>`;
    const note = row.note
      ? html`<text x="${right + 8}" y="${y + ROW / 2 + 5}" fill="${COLORS.text}">${truncate(row.note, 40)}</text>`
      : null;
    return html`${label}${rowBars(row, y, scale, format)}${note}`;
  });
  const lines = (options.lines ?? []).map((l, i) => {
    const x = scale(l.value).toFixed(1);
    const color = l.color ?? COLORS.fail;
    const ty = i % 2 === 0 ? TOP - 6 : bottom + 30;
    return html`<line x1="${x}" y1="${TOP - 2}" x2="${x}" y2="${bottom}" stroke="${color}" stroke-width="2" stroke-dasharray="6 3"/><text x="${x}" y="${ty}" text-anchor="middle" fill="${color}" font-weight="700">${truncate(l.label, 40)}</text>`;
  });
  const legend = renderLegend(legendOf(options), left, height - 6);
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${options.title}" font-size="13" font-family="system-ui,sans-serif"><title>${options.title}</title><text x="4" y="16" font-weight="700" font-size="14">${options.title}</text>${grid}${rows}${lines}<line x1="${scale(0).toFixed(1)}" y1="${TOP}" x2="${scale(0).toFixed(1)}" y2="${bottom}" stroke="${COLORS.text}"/>${legend}</svg>`;
}
