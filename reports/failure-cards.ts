/**
 * One card per failed run: what was expected, what happened, why it failed, the snippet and the command
 * that reproduces it. Escapes first, then blocking failures, then the rest. Every field is attacker-
 * influenced (ids, values, code): the markup is built with the escaping `html` template.
 */
import type { FailureEntry } from '../results/index.js';
import { SNIPPET_LIMIT, type Snippet } from './corpus-snippets.js';
import { truncate } from './html-escape.js';
import { html, type SafeHtml } from './html-template.js';
import { type Status, statusTag } from './report-theme.js';

/** Cards drawn per profile; further failures are listed in a compact table. */
export const MAX_CARDS = 40;
/** Rows of the compact table after the cards. */
export const MAX_ROWS = 400;

function rank(f: FailureEntry): number {
  if (f.kind === 'escape') return 0;
  if (f.blocking) return 1;
  return f.known === null ? 2 : 3;
}

/** Failures in reading order: the worst first, then by sample id. */
export function orderFailures(failures: readonly FailureEntry[]): FailureEntry[] {
  return [...failures].sort(
    (a, b) => rank(a) - rank(b) || (a.sampleId < b.sampleId ? -1 : a.sampleId > b.sampleId ? 1 : 0),
  );
}

function failureStatus(f: FailureEntry): { status: Status; word: string } {
  if (f.kind === 'escape') return { status: 'fail', word: 'ESCAPE' };
  if (f.blocking) return { status: 'fail', word: `BLOCKING: ${f.kind}` };
  if (f.known !== null) return { status: 'warn', word: `known: ${f.kind}` };
  return { status: 'warn', word: f.kind };
}

/** The snippet the results carry on the failure itself (results written before the suite recorded it have none). */
function ownSnippet(f: FailureEntry): Snippet | undefined {
  return typeof f.snippet === 'string'
    ? { code: f.snippet.slice(0, SNIPPET_LIMIT), source: 'results', sampleId: f.sampleId }
    : undefined;
}

function snippetBlock(f: FailureEntry, found: Snippet | undefined): SafeHtml {
  const snippet = ownSnippet(f) ?? found;
  if (snippet === undefined) {
    return html`<p class="note">Snippet: not in the results file and not found in the corpus folder.</p>`;
  }
  const note =
    snippet.source === 'original'
      ? html`<p class="note">Generated variant: the hand-written original <code>${snippet.sampleId}</code> is shown; the mutator named after <code>--</code> in the id rewrote it.</p>`
      : null;
  return html`${note}<pre class="snippet"><code>${snippet.code}</code></pre>`;
}

function tag(f: FailureEntry): SafeHtml {
  const { status, word } = failureStatus(f);
  return statusTag(status, word);
}

function card(f: FailureEntry, snippet: Snippet | undefined): SafeHtml {
  const where = [f.category, f.technique, `scanner ${f.scan ? 'on' : 'off'}`, f.code].filter(
    (x) => x !== null,
  );
  const known = f.known !== null ? html`<tr><th>known failure</th><td>${f.known}</td></tr>` : null;
  return html`<div class="card failure">
<h4>${tag(f)} <code>${f.sampleId}</code> <span class="note">${where.join(' · ')}</span></h4>
<table><tr><th>expected</th><td><code>${truncate(f.expected, 300)}</code></td></tr>
<tr><th>actual</th><td><code>${truncate(f.actual, 300)}</code></td></tr>
<tr><th>why it failed</th><td>${truncate(f.reason, 300)}</td></tr>${known}</table>
${snippetBlock(f, snippet)}
<p class="note">Reproduce:</p><pre class="repro"><code>${f.reproduce}</code></pre>
</div>`;
}

function compactTable(rest: FailureEntry[]): SafeHtml | null {
  if (rest.length === 0) return null;
  const shown = rest.slice(0, MAX_ROWS);
  const rows = shown.map(
    (f, i) =>
      html`${i > 0 ? '\n' : ''}<tr><td>${tag(f)}</td><td><code>${f.sampleId}</code></td><td>${f.scan ? 'on' : 'off'}</td><td><code>${truncate(f.expected, 80)}</code></td><td><code>${truncate(f.actual, 80)}</code></td></tr>`,
  );
  const more =
    rest.length > shown.length
      ? html`<p class="note">${rest.length - shown.length} more failures are in the results JSON.</p>`
      : null;
  return html`<h4>${rest.length} further failures</h4><table><tr><th>status</th><th>sample</th><th>scanner</th><th>expected</th><th>actual</th></tr>
${rows}</table>${more}`;
}

/** The failure section of one profile. */
export function renderFailureCards(
  failures: readonly FailureEntry[],
  snippets: ReadonlyMap<string, Snippet>,
): SafeHtml {
  if (failures.length === 0) return html`<p>No failed run.</p>`;
  const ordered = orderFailures(failures);
  const cards = ordered
    .slice(0, MAX_CARDS)
    .map((f, i) => html`${i > 0 ? '\n' : ''}${card(f, snippets.get(f.sampleId))}`);
  return html`${cards}${compactTable(ordered.slice(MAX_CARDS))}`;
}
