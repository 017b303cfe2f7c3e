/** XSS through a report field: every value in an `html` template is escaped unless it is SafeHtml. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeHtml } from '../html-escape.js';
import { html, SafeHtml, trustedHtml } from '../html-template.js';

const ATTACK = '<img src=x onerror="alert(1)">\u202e&\'';

test('an interpolated string is escaped exactly as escapeHtml escapes it', () => {
  const out = html`<td>${ATTACK}</td>`.toString();
  assert.is(out, `<td>${escapeHtml(ATTACK)}</td>`);
  assert.not.ok(out.includes('<img'));
  assert.not.ok(out.includes('"alert'));
});

test('numbers and booleans are written as text; null and undefined as nothing', () => {
  assert.is(html`${1.5}|${false}|${null}|${undefined}`.toString(), '1.5|false||');
});

test('nested templates and trusted markup are kept; their values stay escaped', () => {
  const inner = html`<code>${ATTACK}</code>`;
  const out = html`<p>${inner}${trustedHtml('<br>')}</p>`.toString();
  assert.is(out, `<p><code>${escapeHtml(ATTACK)}</code><br></p>`);
});

test('arrays render item by item: strings escaped, fragments kept', () => {
  const rows = ['<a>', html`<b>${'<c>'}</b>`];
  assert.is(html`${rows}`.toString(), '&lt;a&gt;<b>&lt;c&gt;</b>');
});

test('an object that only looks like SafeHtml is escaped', () => {
  const forged = { toString: () => '<script>x</script>' };
  assert.not.ok((forged as unknown) instanceof SafeHtml);
  assert.is(html`${forged}`.toString(), escapeHtml('<script>x</script>'));
});

test.run();
