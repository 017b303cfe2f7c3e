/**
 * Line charts as inline SVG: heap over executions (with the fitted leak slope) and trends over the
 * history folder. X values are numbers; `xLabels` replaces the tick text (dates of a trend).
 */
import { truncate } from './html-escape.js';
import { html, type SafeHtml } from './html-template.js';
import { COLORS } from './report-theme.js';
import { formatNumber, linearScale } from './svg-scale.js';

/** One series of points. */
export interface LineSeries {
  name: string;
  color: string;
  points: { x: number; y: number }[];
  dashed?: boolean;
}

/** Options of {@link renderLineChart}. */
export interface LineChartOptions {
  title: string;
  series: LineSeries[];
  xTitle: string;
  yFormat?: (value: number) => string;
  /** Tick labels by x value (a trend's dates); numbers are shown otherwise. */
  xLabels?: Map<number, string>;
  width?: number;
  height?: number;
}

const PALETTE = ['#0969da', '#bc4c00', '#8250df', '#1a7f37', '#cf222e', '#57606a', '#bf3989', '#0a3069'];

/** A distinct colour per series index. */
export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? COLORS.accent;
}

const LEGEND_ROW = 18;

/** Legend entries laid out left to right, wrapping into rows so long series names never leave the chart. */
function layoutLegend(
  series: LineSeries[],
  left: number,
  right: number,
): { rows: number; svg: (y: number) => SafeHtml[] } {
  let x = left;
  let row = 0;
  const placed = series.map((s) => {
    const name = truncate(s.name, 60);
    const w = 34 + name.length * 7;
    if (x + w > right && x > left) {
      x = left;
      row += 1;
    }
    const at = { x, row, name, color: s.color };
    x += w;
    return at;
  });
  return {
    rows: row,
    svg: (y) =>
      placed.map((p) => {
        const py = y + p.row * LEGEND_ROW;
        return html`<rect x="${p.x}" y="${py}" width="14" height="4" fill="${p.color}"/><text x="${p.x + 18}" y="${py + 6}">${p.name}</text>`;
      }),
  };
}

function path(
  points: { x: number; y: number }[],
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)} ${sy(p.y).toFixed(1)}`).join('');
}

function xTicks(options: LineChartOptions, sx: ReturnType<typeof linearScale>, y: number): SafeHtml[] {
  const entries = options.xLabels ? [...options.xLabels] : sx.ticks.map((t) => [t, formatNumber(t)] as const);
  const step = Math.max(1, Math.ceil(entries.length / 8));
  return entries
    .filter((_, i) => i % step === 0)
    .map(
      ([v, text]) =>
        html`<text x="${sx(v).toFixed(1)}" y="${y}" text-anchor="middle" fill="${COLORS.muted}">${truncate(text, 16)}</text>`,
    );
}

/** Renders the chart. */
export function renderLineChart(options: LineChartOptions): SafeHtml {
  const width = options.width ?? 1000;
  const height = options.height ?? 300;
  const format = options.yFormat ?? formatNumber;
  const legend = layoutLegend(options.series, 80, width - 40);
  const total = height + 6 + legend.rows * LEGEND_ROW;
  const [left, right, top, bottom] = [80, width - 60, 34, height - 60];
  const xs = options.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = options.series.flatMap((s) => s.points.map((p) => p.y));
  const xMin = Math.min(...xs, 0);
  const sx = linearScale(xMin, Math.max(...xs, xMin + 1), left, right, 6);
  const sy = linearScale(Math.min(0, ...ys), Math.max(...ys, 1e-9), bottom, top, 5);
  const grid = sy.ticks.map((t) => {
    const py = sy(t).toFixed(1);
    return html`<line x1="${left}" y1="${py}" x2="${right}" y2="${py}" stroke="${COLORS.grid}"/><text x="${left - 6}" y="${Number(py) + 4}" text-anchor="end" fill="${COLORS.muted}">${format(t)}</text>`;
  });
  const lines = options.series.map((s) => {
    const dash = s.dashed ? html` stroke-dasharray="6 4"` : null;
    const dots =
      s.points.length <= 40
        ? s.points.map(
            (p) =>
              html`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`,
          )
        : null;
    return html`<g><title>${s.name}</title><path d="${path(s.points, sx, sy)}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>${dots}</g>`;
  });
  const axis = html`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${COLORS.text}"/><text x="${(left + right) / 2}" y="${bottom + 34}" text-anchor="middle" fill="${COLORS.muted}">${options.xTitle}</text>`;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="line-chart" viewBox="0 0 ${width} ${total}" width="${width}" height="${total}" role="img" aria-label="${options.title}" font-size="13" font-family="system-ui,sans-serif"><title>${options.title}</title><text x="4" y="16" font-weight="700" font-size="14">${options.title}</text>${grid}${axis}${xTicks(options, sx, bottom + 16)}${lines}${legend.svg(height - 6)}</svg>`;
}
