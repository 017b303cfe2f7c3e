/**
 * The certification report: one self-contained HTML page built from a conformance results file. The
 * verdicts come first and big (readable in five seconds from a screenshot), then the run's identity, the
 * scores, a chart and a table per threat category, and a card per failure.
 */

import type { ConformanceResults } from '../results/index.js';
import {
  FINDING_CLASSES,
  FINDING_COLORS,
  FINDING_LABELS,
  FINDING_WEIGHTS,
  type FindingClass,
  type ProfileCertification,
} from '../results/index.js';
import { allVerdicts, headline, type ProfileVerdict, scopeOf } from './conformance-verdict.js';
import type { Snippet } from './corpus-snippets.js';
import { renderFailureCards } from './failure-cards.js';
import { truncate } from './html-escape.js';
import { html, type SafeHtml } from './html-template.js';
import { COLORS, renderPage, statusColor, statusSymbol, statusTag } from './report-theme.js';
import { renderBarChart } from './svg-bar-chart.js';

/** Options of {@link renderConformanceHtml}. */
export interface ConformanceHtmlOptions {
  /** Snippets by sample id, for the failure cards. */
  snippets?: ReadonlyMap<string, Snippet>;
}

function verdictTile(v: ProfileVerdict): SafeHtml {
  const score =
    v.score === null
      ? null
      : html`<div class="score">score ${v.score.toFixed(1)}/10 · grade ${v.grade ?? ''}</div>`;
  const grade = v.grade === null ? null : html`<div class="grade" title="grade">${v.grade}</div>`;
  return html`<div class="verdict" style="background:${statusColor(v.status)}">${grade}
<div class="who">${v.profile}</div>${score}
<div class="word">${statusSymbol(v.status)} ${v.word}</div>
<div class="rule">${v.rule}</div></div>`;
}

function identity(r: ConformanceResults): SafeHtml {
  const rows: [string, string][] = [
    ['adapter', r.adapter.name],
    ['Node.js', r.environment.node],
    ['V8', r.environment.v8],
    ['isolated-vm', r.environment.isolatedVm ?? 'not installed'],
    ['platform', `${r.environment.platform}, ${r.environment.cpus} CPUs`],
    [
      'corpus',
      `${r.corpus.version}: ${r.corpus.malicious} malicious, ${r.corpus.benign} benign, ${r.corpus.generated} generated`,
    ],
    ['date', r.startedAt],
    ['duration', `${(r.durationMs / 1000).toFixed(1)} s, timeout ${r.timeoutMs} ms per execution`],
    ['scope', r.complete ? 'complete (every sample, unfiltered)' : `PARTIAL: ${scopeOf(r)}`],
    [
      'against expectations',
      r.status === 0 ? 'results match the expectations file' : 'unexpected results (exit 1)',
    ],
  ];
  const notes = r.adapter.capabilities.notes;
  if (typeof notes === 'string') rows.splice(1, 0, ['adapter notes', notes]);
  if (r.corpus.invalid.length > 0) rows.push(['invalid samples', r.corpus.invalid.join(', ')]);
  const dl = rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`);
  const warnings = r.warnings.map((w) => html`<li>${w}</li>`);
  return html`<h2>Run</h2><dl class="id">${dl}</dl>${warnings.length > 0 ? html`<h3>Warnings</h3><ul>${warnings}</ul>` : null}`;
}

/** Short column headings per finding class. */
const CLASS_HEADINGS: Readonly<Record<FindingClass, string>> = {
  escape: 'escapes',
  policy: 'policy',
  budget: 'budget',
  'false-refusal': 'false refusals',
  defect: 'defects',
  surface: 'surface',
};

function classCells(findings: Partial<Record<FindingClass, number>> | undefined): SafeHtml[] {
  return FINDING_CLASSES.map((c) => {
    const n = findings?.[c] ?? 0;
    const style = n > 0 ? html` style="color:${FINDING_COLORS[c]};font-weight:600"` : null;
    return html`<td class="n"${style}>${n}</td>`;
  });
}

function classHeadings(): SafeHtml[] {
  return FINDING_CLASSES.map((c) => html`<th title="${FINDING_LABELS[c]}">${CLASS_HEADINGS[c]}</th>`);
}

/** Per-class sample counts; results written before the taxonomy know escapes and scanner refusals only. */
function findingsOf(p: ProfileCertification): Partial<Record<FindingClass, number>> {
  return p.findings ?? { escape: p.escapes, 'false-refusal': p.falsePositives };
}

function scoreTable(r: ConformanceResults, verdicts: ProfileVerdict[]): SafeHtml {
  const rows = r.profiles.map((p, i) => {
    const v = verdicts.find((x) => x.profile === p.profile)!;
    const cells = [p.samples, p.passed, p.failed].map((c) => html`<td class="n">${c}</td>`);
    const tail = [p.knownFailures, p.unexpectedFailures, p.unexpectedPasses].map(
      (c) => html`<td class="n">${c}</td>`,
    );
    return html`${i > 0 ? '\n' : ''}<tr><td>${p.profile}</td><td>${statusTag(v.status, v.word)}</td><td class="n">${p.score.toFixed(1)}</td><td class="n"><b>${p.grade}</b></td>${cells}${classCells(findingsOf(p))}${tail}</tr>`;
  });
  const weights = FINDING_CLASSES.map((c) => `${CLASS_HEADINGS[c]} ${FINDING_WEIGHTS[c]}`).join(', ');
  const legend = FINDING_CLASSES.map(
    (c) =>
      html`<li><span style="color:${FINDING_COLORS[c]};font-weight:600">■</span> ${FINDING_LABELS[c]}</li>`,
  );
  return html`<h2>Score and grade</h2><table><tr><th>profile</th><th>verdict</th><th>score /10</th><th>grade</th><th>samples</th><th>passed</th><th>failed</th>${classHeadings()}<th>known failures</th><th>unexpected failures</th><th>unexpected passes</th></tr>
${rows}</table>
<p class="note">Finding columns count samples with at least one failed run of that class. Score: passed weight over total weight (a passing benign run 1, a passing malicious run 2; a failed run by class: ${weights}). Grade: any escape F, and only an escape; A needs certification and 9.5; B certification and 8.5; C 7; D below. A run too small to cover every threat category is qualified, not certified.</p>
<ul class="note">${legend}</ul>`;
}

function categorySection(p: ProfileCertification): SafeHtml {
  const names = Object.keys(p.categories).sort(
    (a, b) => Number(a.startsWith('benign/')) - Number(b.startsWith('benign/')) || a.localeCompare(b),
  );
  const rows = names.map((name, i) => {
    const c = p.categories[name]!;
    const status = c.escapes > 0 || c.failed > 0 ? 'fail' : 'pass';
    const word = c.escapes > 0 ? 'escaped' : c.failed > 0 ? 'failed' : 'held';
    const findings = c.findings ?? { escape: c.escapes };
    return html`${i > 0 ? '\n' : ''}<tr><td>${name}</td><td class="n">${c.samples}</td><td class="n">${c.passed}</td>${classCells(findings)}<td>${statusTag(status, word)}</td></tr>`;
  });
  const chart = renderBarChart({
    title: `${p.profile}: samples per category`,
    rows: names.map((name) => {
      const c = p.categories[name]!;
      const findings: Partial<Record<FindingClass, number>> = c.findings ?? {
        escape: c.escapes,
        defect: c.failed - c.escapes,
      };
      // A sample with failures of several classes is drawn once, in its most severe class.
      let left = c.failed;
      const segments = FINDING_CLASSES.map((cls) => {
        const value = Math.min(left, findings[cls] ?? 0);
        left -= value;
        return { value, color: FINDING_COLORS[cls], name: CLASS_HEADINGS[cls] };
      });
      return {
        label: name,
        segments: [
          { value: c.passed, color: COLORS.pass, name: 'passed (blocked or allowed as expected)' },
          ...segments,
        ],
        note: `${c.passed}/${c.samples} passed${c.escapes > 0 ? `, ${c.escapes} escaped` : ''}`,
      };
    }),
  });
  return html`<div class="chart">${chart}</div>
<table><tr><th>category</th><th>samples</th><th>passed (malicious: blocked)</th>${classHeadings()}<th>status</th></tr>
${rows}</table>`;
}

function profileSection(
  p: ProfileCertification,
  v: ProfileVerdict,
  snippets: ReadonlyMap<string, Snippet>,
): SafeHtml {
  return html`<section class="profile"><h2>${p.profile} ${statusTag(v.status, v.word)} grade ${p.grade}</h2>
<p>${v.rule}</p>
<h3>By threat category</h3>${categorySection(p)}
<h3>Failures (${p.failures.length} runs)</h3>${renderFailureCards(p.failures, snippets)}</section>`;
}

/** Renders the certification page. */
export function renderConformanceHtml(
  results: ConformanceResults,
  options: ConformanceHtmlOptions = {},
): string {
  const verdicts = allVerdicts(results);
  const head = headline(results);
  const snippets = options.snippets ?? new Map<string, Snippet>();
  const tiles = verdicts.map((v, i) => html`${i > 0 ? '\n' : ''}${verdictTile(v)}`);
  const sections = results.profiles.map(
    (p) => html`\n${profileSection(p, verdicts.find((v) => v.profile === p.profile)!, snippets)}`,
  );
  const body = html`<h1>sandproof certification: ${truncate(results.adapter.name, 80)}</h1>
<p class="sub">${results.startedAt} · corpus ${results.corpus.version} · Node ${results.environment.node} · ${results.complete ? 'complete run' : 'PARTIAL run'}</p>
<div class="headline" style="color:${statusColor(head.status)}">${statusSymbol(head.status)} ${head.text}</div>
<div class="verdicts" id="verdicts">${tiles}</div>
${identity(results)}
${scoreTable(results, verdicts)}${sections}`;
  return renderPage(`sandproof certification: ${results.adapter.name}`, body);
}
