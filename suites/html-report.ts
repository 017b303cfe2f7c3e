/**
 * A plain, self-contained HTML page of a run: one summary row per profile and a table of failures.
 * Deliberately simple; the results JSON is the contract, richer reports are built from it.
 */
import type { ConformanceResults } from './conformance-results.js';

const esc = (text: unknown): string =>
  String(text).replace(
    /[<>&"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch] ?? ch,
  );

function summaryRows(results: ConformanceResults): string {
  return results.profiles
    .map(
      (p) =>
        `<tr><td>${esc(p.profile)}</td><td>${p.certified ? 'certified' : 'NOT certified'}</td><td>${p.score}</td>` +
        `<td>${esc(p.grade)}</td><td>${p.samples}</td><td>${p.passed}</td><td>${p.failed}</td><td>${p.escapes}</td>` +
        `<td>${p.falsePositives}</td><td>${p.knownFailures}</td><td>${p.unexpectedPasses}</td></tr>`,
    )
    .join('\n');
}

function failureRows(results: ConformanceResults): string {
  return results.profiles
    .flatMap((p) =>
      p.failures.map(
        (f) =>
          `<tr><td>${esc(p.profile)}</td><td>${esc(f.sampleId)}</td><td>${f.scan ? 'on' : 'off'}</td>` +
          `<td>${esc(f.kind)}</td><td>${esc(f.expected)}</td><td>${esc(f.actual)}</td>` +
          `<td>${esc(f.reason)}</td><td>${esc(f.known ?? '')}</td></tr>`,
      ),
    )
    .join('\n');
}

/** Renders the HTML page. */
export function renderHtml(results: ConformanceResults): string {
  const title = `sandproof conformance: ${results.adapter.name}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ccc;padding:.25rem .5rem;font-size:.85rem;text-align:left}th{background:#eee}</style>
</head><body>
<h1>${esc(title)}</h1>
<p>Corpus ${esc(results.corpus.version)}: ${results.corpus.malicious} malicious, ${results.corpus.benign} benign,
${results.corpus.generated} generated. Started ${esc(results.startedAt)}, ${results.durationMs} ms.
Shard ${results.shard.index}/${results.shard.count}${results.complete ? '' : ' (partial run: not a certification)'}.</p>
<table><tr><th>profile</th><th>verdict</th><th>score</th><th>grade</th><th>samples</th><th>passed</th>
<th>failed</th><th>escapes</th><th>false positives</th><th>known failures</th><th>unexpected passes</th></tr>
${summaryRows(results)}
</table>
<h2>Failures</h2>
<table><tr><th>profile</th><th>sample</th><th>scan</th><th>kind</th><th>expected</th><th>actual</th><th>reason</th>
<th>known</th></tr>
${failureRows(results)}
</table>
</body></html>
`;
}
