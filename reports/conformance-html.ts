/**
 * The certification report: one self-contained HTML page built from a conformance results file. The
 * verdicts come first and big (readable in five seconds from a screenshot), then the run's identity, the
 * scores, a chart and a table per threat category, and a card per failure.
 */
import type { ProfileCertification } from '../suites/certification.js';
import type { ConformanceResults } from '../suites/conformance-results.js';
import { allVerdicts, headline, type ProfileVerdict, scopeOf } from './conformance-verdict.js';
import type { Snippet } from './corpus-snippets.js';
import { renderFailureCards } from './failure-cards.js';
import { escapeHtml, truncate } from './html-escape.js';
import { COLORS, renderPage, statusColor, statusSymbol, statusTag } from './report-theme.js';
import { renderBarChart } from './svg-bar-chart.js';

/** Options of {@link renderConformanceHtml}. */
export interface ConformanceHtmlOptions {
  /** Snippets by sample id, for the failure cards. */
  snippets?: ReadonlyMap<string, Snippet>;
}

function verdictTile(v: ProfileVerdict): string {
  const score =
    v.score === null
      ? ''
      : `<div class="score">score ${v.score.toFixed(1)}/10 · grade ${escapeHtml(v.grade ?? '')}</div>`;
  const grade = v.grade === null ? '' : `<div class="grade" title="grade">${escapeHtml(v.grade)}</div>`;
  return `<div class="verdict" style="background:${statusColor(v.status)}">${grade}
<div class="who">${escapeHtml(v.profile)}</div>${score}
<div class="word">${statusSymbol(v.status)} ${escapeHtml(v.word)}</div>
<div class="rule">${escapeHtml(v.rule)}</div></div>`;
}

function identity(r: ConformanceResults): string {
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
  const dl = rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
  const warnings = r.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('');
  return `<h2>Run</h2><dl class="id">${dl}</dl>${warnings ? `<h3>Warnings</h3><ul>${warnings}</ul>` : ''}`;
}

function scoreTable(r: ConformanceResults, verdicts: ProfileVerdict[]): string {
  const rows = r.profiles
    .map((p) => {
      const v = verdicts.find((x) => x.profile === p.profile)!;
      const cells = [
        p.samples,
        p.passed,
        p.failed,
        p.escapes,
        p.falsePositives,
        p.knownFailures,
        p.unexpectedFailures,
        p.unexpectedPasses,
      ];
      return `<tr><td>${escapeHtml(p.profile)}</td><td>${statusTag(v.status, v.word)}</td><td class="n">${p.score.toFixed(1)}</td><td class="n"><b>${escapeHtml(p.grade)}</b></td>${cells.map((c) => `<td class="n">${c}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<h2>Score and grade</h2><table><tr><th>profile</th><th>verdict</th><th>score /10</th><th>grade</th><th>samples</th><th>passed</th><th>failed</th><th>escapes</th><th>false positives</th><th>known failures</th><th>unexpected failures</th><th>unexpected passes</th></tr>
${rows}</table>
<p class="note">Score: passed weight over total weight (benign run 1, malicious run 2, escaping run 10). Grade: any escape F; A needs certification and 9.5; B certification and 8.5; C 7; D 5.</p>`;
}

/** Distinct samples per category that the scanner or runtime refused although benign. */
function falsePositivesByCategory(p: ProfileCertification): Map<string, number> {
  const ids = new Map<string, Set<string>>();
  for (const f of p.failures) {
    if (f.kind !== 'false-positive') continue;
    const key = `benign/${f.category}` in p.categories ? `benign/${f.category}` : f.category;
    ids.set(key, (ids.get(key) ?? new Set()).add(f.sampleId));
  }
  return new Map([...ids].map(([k, v]) => [k, v.size]));
}

function categorySection(p: ProfileCertification): string {
  const names = Object.keys(p.categories).sort(
    (a, b) => Number(a.startsWith('benign/')) - Number(b.startsWith('benign/')) || a.localeCompare(b),
  );
  const fps = falsePositivesByCategory(p);
  const rows = names.map((name) => {
    const c = p.categories[name]!;
    const fp = fps.get(name) ?? 0;
    const status = c.escapes > 0 || c.failed > 0 ? 'fail' : 'pass';
    const word = c.escapes > 0 ? 'escaped' : c.failed > 0 ? 'failed' : 'held';
    return `<tr><td>${escapeHtml(name)}</td><td class="n">${c.samples}</td><td class="n">${c.passed}</td><td class="n">${c.failed - c.escapes}</td><td class="n">${c.escapes}</td><td class="n">${fp}</td><td>${statusTag(status, word)}</td></tr>`;
  });
  const chart = renderBarChart({
    title: `${p.profile}: samples per category`,
    rows: names.map((name) => {
      const c = p.categories[name]!;
      return {
        label: name,
        segments: [
          { value: c.passed, color: COLORS.pass, name: 'passed (blocked or allowed as expected)' },
          { value: c.failed - c.escapes, color: '#bc4c00', name: 'failed' },
          { value: c.escapes, color: COLORS.escape, name: 'escaped' },
        ],
        note: `${c.passed}/${c.samples} passed${c.escapes > 0 ? `, ${c.escapes} escaped` : ''}`,
      };
    }),
  });
  return `<div class="chart">${chart}</div>
<table><tr><th>category</th><th>samples</th><th>passed (malicious: blocked)</th><th>failed, not escaped</th><th>escaped</th><th>false positives</th><th>status</th></tr>
${rows.join('\n')}</table>`;
}

function profileSection(
  p: ProfileCertification,
  v: ProfileVerdict,
  snippets: ReadonlyMap<string, Snippet>,
): string {
  return `<section class="profile"><h2>${escapeHtml(p.profile)} ${statusTag(v.status, v.word)} grade ${escapeHtml(p.grade)}</h2>
<p>${escapeHtml(v.rule)}</p>
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
  const body = [
    `<h1>sandproof certification: ${escapeHtml(truncate(results.adapter.name, 80))}</h1>`,
    `<p class="sub">${escapeHtml(results.startedAt)} · corpus ${escapeHtml(results.corpus.version)} · Node ${escapeHtml(results.environment.node)} · ${results.complete ? 'complete run' : 'PARTIAL run'}</p>`,
    `<div class="headline" style="color:${statusColor(head.status)}">${statusSymbol(head.status)} ${escapeHtml(head.text)}</div>`,
    `<div class="verdicts" id="verdicts">${verdicts.map(verdictTile).join('\n')}</div>`,
    identity(results),
    scoreTable(results, verdicts),
    ...results.profiles.map((p) =>
      profileSection(p, verdicts.find((v) => v.profile === p.profile)!, snippets),
    ),
  ].join('\n');
  return renderPage(`sandproof certification: ${results.adapter.name}`, body);
}
