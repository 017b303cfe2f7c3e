/**
 * Escaping for every string that comes from a results file. Results carry attacker-written text (sample
 * code, guest values, error messages), so nothing from the JSON reaches HTML, SVG or XML unescaped, and its
 * control and bidi-override characters are written as `\uXXXX` first (the runtime's `escapeControlText`).
 */
import { escapeControlText } from '../runtime/index.js';

const MULTILINE = { multiline: true };

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML or SVG element content and quoted attribute values. Safe in both contexts because
 * quotes are escaped too; never safe inside `<script>`, `<style>` or unquoted attributes (the reports use none).
 */
export function escapeHtml(value: unknown): string {
  return escapeControlText(String(value), MULTILINE).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/**
 * Escapes text for XML 1.0 content and attributes. XML 1.0 cannot carry most C0 control characters even
 * escaped, so they become `?`; lone surrogates would make the file unreadable to strict parsers, so they go too.
 */
export function escapeXml(value: unknown): string {
  return escapeHtml(value)
    .replace(/&#39;/g, '&apos;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '?')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?');
}

/**
 * Escapes text for a Markdown table cell or inline text: angle brackets and ampersands become entities
 * (no raw HTML reaches a CI page), Markdown punctuation and pipes are backslash-escaped, newlines folded.
 */
export function escapeMarkdown(value: unknown): string {
  return escapeControlText(String(value).replace(/[\r\n]+/g, ' '))
    .replace(/[&<>]/g, (ch) => HTML_ENTITIES[ch] ?? ch)
    .replace(/[\\`*_[\]|]/g, (ch) => `\\${ch}`);
}

/** Shortens text to `limit` characters, marking the cut, so one hostile string cannot swamp a report. */
export function truncate(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
