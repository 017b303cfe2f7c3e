/**
 * Security regression: attacker-written sample code, ids and guest values carrying `</script><img onerror>`
 * must come out of every report inert (escaped text, never markup): the conformance page, Markdown, JUnit
 * and badge, and the benchmark page (scenario ids, descriptions and error messages, drawn in tables and in
 * the SVG charts), its JUnit and its Markdown.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conformanceBadge, renderBadgeSvg } from '../badge.js';
import { renderBenchHtml } from '../bench-html.js';
import { renderConformanceHtml } from '../conformance-html.js';
import { escapeHtml, escapeMarkdown, escapeXml } from '../html-escape.js';
import { renderBenchJunit, renderConformanceJunit } from '../junit-xml.js';
import { renderBenchMarkdown, renderConformanceMarkdown } from '../markdown-summary.js';
import { benchResults, hostileResults, XSS } from './fixtures.js';

/** Tags an injection would create; the reports themselves use none of these. */
const INJECTED = [/<img/i, /<script/i, /<svg onload/i, /<iframe/i];

test('HTML report: the hostile snippet, id, values and adapter name stay text', () => {
  const html = renderConformanceHtml(hostileResults());
  for (const pattern of INJECTED) assert.not.match(html, pattern);
  assert.match(html, /&lt;\/script&gt;&lt;img src=&quot;http:\/\/127\.0\.0\.1:9\/x\.png&quot; onerror=/);
  assert.ok(html.includes('return &quot;&lt;/script&gt;'), 'the snippet from the results is shown, escaped');
});

test('HTML report: a Content-Security-Policy forbids scripts and remote loads as a second line', () => {
  const html = renderConformanceHtml(hostileResults());
  assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'/);
  assert.not.match(html, /script-src/);
});

test('Markdown summary: no raw HTML tag or table-breaking pipe from the results', () => {
  const md = renderConformanceMarkdown(hostileResults());
  for (const pattern of INJECTED) assert.not.match(md, pattern);
  const rows = md.split('\n').filter((line) => line.startsWith('| ultra-secure | id'));
  assert.is(rows.length, 1);
  assert.is(rows[0]!.split(/(?<!\\)\|/).length, 7, 'five cells: escaped pipes do not add columns');
});

test('JUnit XML: attributes escaped, control characters written as text', () => {
  const xml = renderConformanceJunit(hostileResults());
  for (const pattern of INJECTED) assert.not.match(xml, pattern);
  assert.is(escapeXml('a\u0000b\u001bc"<\u202e'), 'a\\u0000b\\u001bc&quot;&lt;\\u202e');
});

test('terminal injection: no ESC, C1 control or bidi override reaches HTML, Markdown or XML', () => {
  const hostile = 'ok\u001b[2J\u001b[HALL CHECKS PASSED\u009b31m\u202etxt.exe\r';
  for (const out of [escapeHtml(hostile), escapeMarkdown(hostile), escapeXml(hostile)]) {
    assert.not.match(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.ok(out.includes('u001b'), out);
  }
});

test('badge: the label and message are escaped', () => {
  const svg = renderBadgeSvg({
    label: `x${'<img onerror=1>'}`,
    message: conformanceBadge(hostileResults()).message,
    color: 'red',
  });
  assert.not.match(svg, /<img/);
});

/** A bench run whose every attacker-reachable string (ids, descriptions, messages) carries {@link XSS}. */
function hostileBench() {
  const b = benchResults();
  for (const s of b.scenarios) {
    s.id = `${s.id}${XSS}`;
    s.description = `${s.description}${XSS}`;
  }
  for (const r of b.ratios) r.id = `${r.id}${XSS}`;
  for (const t of b.targets) t.description = `${t.description}${XSS}`;
  b.errors.push({ id: `scenario${XSS}`, message: `failed: ${XSS}` });
  return b;
}

test('benchmark page: scenario ids, descriptions and error messages stay text, in tables and charts', () => {
  const page = renderBenchHtml(hostileBench(), {
    history: { runs: [benchResults()], skipped: [`old${XSS}.json`] },
  });
  for (const pattern of INJECTED) assert.not.match(page, pattern);
  assert.ok(page.includes('failed: &lt;/script&gt;&lt;img'), 'the error message is shown, escaped');
  assert.match(page, /<svg [^>]*class="bar-chart"/, 'the charts are drawn');
});

test('benchmark JUnit and Markdown: no injected markup', () => {
  for (const out of [renderBenchJunit(hostileBench()), renderBenchMarkdown(hostileBench())]) {
    for (const pattern of INJECTED) assert.not.match(out, pattern);
  }
});

test.run();
