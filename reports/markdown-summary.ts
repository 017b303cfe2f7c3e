/**
 * Markdown summaries for CI job summaries (e.g. `$GITHUB_STEP_SUMMARY`): the verdict on the first line,
 * a table, and the worst failures. Every string from the results is escaped, so a hostile sample id
 * cannot inject Markdown or HTML into the CI page.
 */
import type { ConformanceResults } from '../results/index.js';
import { benchHeadline, benchVerdicts } from './bench-verdict.js';
import { type BenchReportInput, baselineDeltas } from './bench-view.js';
import { allVerdicts, headline, scopeOf } from './conformance-verdict.js';
import { orderFailures } from './failure-cards.js';
import { escapeMarkdown as md, truncate } from './html-escape.js';
import { statusSymbol } from './report-theme.js';

/** Failures listed in the conformance summary. */
export const SUMMARY_FAILURES = 15;

const num = (v: number): string => String(Number(v.toPrecision(4)));
const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** The conformance summary. */
export function renderConformanceMarkdown(results: ConformanceResults): string {
  const head = headline(results);
  const verdicts = allVerdicts(results);
  const lines = [
    `## ${statusSymbol(head.status)} sandproof certification: ${md(head.text)}`,
    '',
    row([
      'profile',
      'verdict',
      'grade',
      'score',
      'samples',
      'escapes',
      'policy',
      'budget',
      'false refusals',
      'defects',
      'surface',
      'blocking failures',
    ]),
    row(['---', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const v of verdicts) {
    const p = results.profiles.find((x) => x.profile === v.profile);
    const f = p?.findings;
    const counts = p
      ? [
          p.samples,
          p.escapes,
          f?.policy ?? '',
          f?.budget ?? '',
          f?.['false-refusal'] ?? p.falsePositives,
          f?.defect ?? '',
          f?.surface ?? '',
          p.blockingFailures,
        ]
      : ['', '', '', '', '', '', '', ''];
    lines.push(
      row([
        md(v.profile),
        `${statusSymbol(v.status)} **${v.word}**`,
        md(v.grade ?? ''),
        v.score?.toFixed(1) ?? '',
        ...counts,
      ]),
    );
  }
  lines.push('', ...verdicts.map((v) => `- **${md(v.profile)}**: ${md(v.rule)}`), '');
  const env = results.environment;
  lines.push(
    `Adapter \`${md(results.adapter.name)}\` · Node ${md(env.node)} · V8 ${md(env.v8)} · isolated-vm ${md(env.isolatedVm ?? 'none')} · corpus ${md(results.corpus.version)} · ${md(results.startedAt)} · ${md(scopeOf(results))}`,
  );
  const worst = results.profiles.flatMap((p) => orderFailures(p.failures).map((f) => ({ p: p.profile, f })));
  if (worst.length > 0) {
    lines.push(
      '',
      `<details><summary>Failures (${worst.length} runs; first ${Math.min(SUMMARY_FAILURES, worst.length)})</summary>`,
      '',
    );
    lines.push(
      row(['profile', 'sample', 'kind', 'expected', 'actual']),
      row(['---', '---', '---', '---', '---']),
    );
    for (const { p, f } of worst.slice(0, SUMMARY_FAILURES)) {
      lines.push(
        row([
          md(p),
          md(f.sampleId),
          md(f.known ? `${f.kind} (known)` : f.kind),
          md(truncate(f.expected, 60)),
          md(truncate(f.actual, 60)),
        ]),
      );
    }
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

/** The benchmark summary. */
export function renderBenchMarkdown(b: BenchReportInput, baseline?: BenchReportInput): string {
  const head = benchHeadline(b);
  const lines = [`## ${statusSymbol(head.status)} sandproof benchmarks: ${md(head.text)}`, ''];
  for (const v of benchVerdicts(b))
    lines.push(`- ${statusSymbol(v.status)} **${md(v.name)}: ${md(v.word)}**. ${md(v.rule)}`);
  lines.push(
    '',
    row(['target', 'kind', 'value', 'limit', 'status']),
    row(['---', '---', '---:', '---:', '---']),
  );
  for (const t of b.targets) {
    const status = t.ok ? '✔ met' : t.kind === 'static' ? '✘ missed' : '⚠ missed';
    lines.push(
      row([md(t.id), t.kind, num(t.value), `${t.comparison === 'max' ? '<' : '≥'} ${num(t.limit)}`, status]),
    );
  }
  const deltas = b.gate?.comparisons ?? (baseline ? baselineDeltas(b, baseline) : []);
  if (deltas.length > 0) {
    lines.push(
      '',
      `Against the baseline${b.gate ? ` ${md(b.gate.baseline)} (gate)` : ' (informational, no gate verdict)'}:`,
      '',
    );
    lines.push(row(['figure', 'baseline', 'now', 'change', '']), row(['---', '---:', '---:', '---:', '---']));
    for (const c of deltas)
      lines.push(
        row([
          md(c.id),
          c.baseline,
          c.current,
          `${c.changePct.toFixed(1)}%`,
          c.regressed ? '✘ regressed' : '✔',
        ]),
      );
  }
  const v = b.machine.versions;
  lines.push(
    '',
    `${md(b.mode)} run · ${md(b.createdAt)} · Node ${md(v.node)} · isolated-vm ${md(v.isolatedVm)} · ${md(b.machine.cpuModel)}`,
  );
  return `${lines.join('\n')}\n`;
}
