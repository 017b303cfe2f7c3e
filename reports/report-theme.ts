/**
 * Colours and the page shell shared by the HTML reports. Colours always come with a word or a symbol
 * (status is never told by colour alone), and pass WCAG AA contrast against white or as white-on-colour.
 */
import { html, type SafeHtml, trustedHtml } from './html-template.js';

/** Status colours (AA contrast with white text). */
export const COLORS = {
  pass: '#1a7f37',
  fail: '#cf222e',
  escape: '#82071e',
  warn: '#9a6700',
  neutral: '#57606a',
  accent: '#0969da',
  grid: '#d0d7de',
  text: '#1f2328',
  muted: '#656d76',
} as const;

/** A status the reports colour: pass, fail, warn (partial or unknown). */
export type Status = 'pass' | 'fail' | 'warn';

/** The colour of a status. */
export function statusColor(status: Status): string {
  return status === 'pass' ? COLORS.pass : status === 'fail' ? COLORS.fail : COLORS.warn;
}

/** The symbol shown beside a status word, so the status survives greyscale printing and colour blindness. */
export function statusSymbol(status: Status): string {
  return status === 'pass' ? '✔' : status === 'fail' ? '✘' : '⚠';
}

/**
 * No script, no remote anything: the page is one file that renders the same from `file://`, offline.
 * The policy also makes an escaping bug inert: an injected `<script>` or `onerror` cannot run, and an
 * injected `<img src=http:...>` cannot load.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:${COLORS.text};margin:0;background:#f6f8fa}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid ${COLORS.grid};padding-bottom:4px}
h3{font-size:16px;margin:20px 0 6px}
.sub{color:${COLORS.muted};margin:0 0 16px}
.verdicts{display:flex;gap:16px;flex-wrap:wrap;margin:16px 0}
.verdict{flex:1 1 320px;display:grid;align-content:start;grid-template-columns:1fr auto;column-gap:14px;align-items:start;color:#fff;border-radius:10px;padding:16px 20px;box-shadow:0 1px 3px rgba(0,0,0,.25)}
.verdict .who{font-size:15px;opacity:.95;text-transform:uppercase;letter-spacing:.06em}
.verdict .word{font-size:28px;white-space:nowrap;font-weight:800;line-height:1.15;margin:4px 0}
.verdict .grade{grid-column:2;grid-row:1/span 2;text-align:center;font-size:50px;font-weight:800;line-height:1;background:rgba(255,255,255,.18);border-radius:8px;padding:4px 14px}
.verdict .who,.verdict .score{grid-column:1}.verdict .score{font-size:14px;opacity:.95}
.verdict .word,.verdict .rule{grid-column:1/-1}
.verdict .rule{font-size:14px;margin-top:6px}
.headline{font-size:19px;font-weight:700;margin:8px 0}
.card{background:#fff;border:1px solid ${COLORS.grid};border-radius:8px;padding:12px 16px;margin:10px 0}
.card h4{margin:0 0 6px;font-size:15px;word-break:break-all}
table{border-collapse:collapse;background:#fff;margin:8px 0;font-size:14px}
th,td{border:1px solid ${COLORS.grid};padding:4px 10px;text-align:left;vertical-align:top}
th{background:#eaeef2}td:first-child{white-space:nowrap}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
dl.id{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;background:#fff;border:1px solid ${COLORS.grid};border-radius:8px;padding:10px 16px;margin:8px 0}
dl.id dt{color:${COLORS.muted}}dl.id dd{margin:0;font-weight:600;word-break:break-word}
pre{background:#f6f8fa;border:1px solid ${COLORS.grid};border-radius:6px;padding:8px;overflow:auto;max-height:320px;font-size:12.5px;white-space:pre-wrap;word-break:break-word}
code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace}
.tag{display:inline-block;white-space:nowrap;border-radius:4px;padding:0 6px;color:#fff;font-size:12.5px;font-weight:700}
.chart{background:#fff;border:1px solid ${COLORS.grid};border-radius:8px;padding:8px;margin:8px 0;overflow-x:auto}
.chart svg{display:block;max-width:100%;height:auto}
.note{color:${COLORS.muted};font-size:13.5px}
footer{color:${COLORS.muted};font-size:12.5px;margin-top:40px}
`;

/** A status tag: coloured, with a symbol and a word. */
export function statusTag(status: Status, word: string): SafeHtml {
  return html`<span class="tag" style="background:${statusColor(status)}">${statusSymbol(status)} ${word}</span>`;
}

/** Wraps report sections into one self-contained HTML document. */
export function renderPage(title: string, body: SafeHtml): string {
  // CSP and STYLE are this module's own constants.
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(CSP)}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${trustedHtml(STYLE)}</style>
</head><body><main>
${body}
<footer>Self-contained report: no script, no network request; charts are inline SVG drawn when the report was built.</footer>
</main></body></html>
`.toString();
}
