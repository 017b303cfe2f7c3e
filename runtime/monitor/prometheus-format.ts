/** Metric types of the Prometheus text exposition format 0.0.4. */
export type PrometheusType = 'counter' | 'gauge' | 'summary' | 'histogram' | 'untyped';

/** One sample line: a name suffix (e.g. `_sum`), labels, and a value. */
export interface PrometheusSample {
  suffix?: string;
  labels?: Record<string, string>;
  value: number;
}

/** One metric family: a `# HELP` line, a `# TYPE` line and its samples, kept together as the format requires. */
export interface PrometheusFamily {
  name: string;
  type: PrometheusType;
  help: string;
  samples: PrometheusSample[];
}

/** The content type to serve this text with. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Escapes a label value: backslash, double quote and newline, as the format requires. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Escapes `# HELP` text: backslash and newline (quotes are literal there). */
export function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Formats a sample value: Go-parsable floats, with `NaN`, `+Inf` and `-Inf` spelled as the format expects. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}

function formatLabels(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {});
  if (entries.length === 0) return '';
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}

/**
 * Renders families as exposition text, ending with a newline. Label *names* and metric names are ours and
 * trusted; label *values* (profile names, error codes) are escaped, so no value can break a line or forge a
 * series.
 */
export function formatFamilies(families: readonly PrometheusFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      lines.push(
        `${family.name}${sample.suffix ?? ''}${formatLabels(sample.labels)} ${formatValue(sample.value)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
