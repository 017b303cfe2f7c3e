/**
 * Axis scales and tick marks for the inline SVG charts. Linear by default; logarithmic when values span
 * more than two decades (a 3 µs context reuse and a 10 ms cold start on one axis).
 */

/** Maps a value in the domain to a pixel position in the range. */
export interface Scale {
  (value: number): number;
  ticks: number[];
  log: boolean;
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / magnitude;
  const nice = ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** A linear scale from [0 or min, max] (rounded out to nice ticks) to [r0, r1]. */
export function linearScale(min: number, max: number, r0: number, r1: number, count = 5): Scale {
  const lo0 = Math.min(0, min);
  const hi0 = max > lo0 ? max : lo0 + 1;
  const step = niceStep(hi0 - lo0, count);
  const lo = Math.floor(lo0 / step) * step;
  const hi = Math.ceil(hi0 / step) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  const scale = ((v: number) => r0 + ((v - lo) / (hi - lo)) * (r1 - r0)) as Scale;
  scale.ticks = ticks;
  scale.log = false;
  return scale;
}

/** A base-10 log scale over positive values, rounded out to whole decades. */
export function logScale(min: number, max: number, r0: number, r1: number): Scale {
  const lo = Math.floor(Math.log10(Math.max(min, 1e-9)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(max, 1e-9))));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(10 ** e);
  const scale = ((v: number) =>
    r0 + ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * (r1 - r0)) as Scale;
  scale.ticks = ticks;
  scale.log = true;
  return scale;
}

/** Linear, or log when the positive values span more than two decades. */
export function autoScale(values: readonly number[], r0: number, r1: number): Scale {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const min = Math.min(...positive);
  const max = Math.max(...positive, 0);
  if (positive.length > 0 && max / min > 100) return logScale(min, max, r0, r1);
  return linearScale(0, max, r0, r1);
}

/** A compact number: 3 significant digits, no exponent for everyday ranges. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (abs >= 1e4) return `${Number((value / 1e3).toPrecision(3))}k`;
  return String(Number(value.toPrecision(3)));
}

/** Bytes in B, KB, MB (powers of 1024). */
export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toPrecision(3))} MB`;
  if (abs >= 1024) return `${Number((bytes / 1024).toPrecision(3))} KB`;
  return `${Number(bytes.toPrecision(3))} B`;
}

/** Milliseconds in the unit that reads best: µs under 0.1 ms. */
export function formatMs(ms: number): string {
  if (Math.abs(ms) < 0.1 && ms !== 0) return `${Number((ms * 1000).toPrecision(3))} µs`;
  return `${Number(ms.toPrecision(3))} ms`;
}
