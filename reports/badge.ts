/**
 * Badges: a flat SVG (two halves, label and message) and the shields.io endpoint JSON
 * (`{ schemaVersion: 1, label, message, color }`) for README buttons. Text widths are estimated from
 * average glyph widths: close enough for short labels; nothing is fetched, so there are no exact metrics.
 */
import type { ConformanceResults } from '../results/index.js';
import { benchVerdicts } from './bench-verdict.js';
import type { BenchReportInput } from './bench-view.js';
import { allVerdicts } from './conformance-verdict.js';
import { html } from './html-template.js';

/** What a badge says. `color` is a shields.io colour name or a hex colour. */
export interface Badge {
  label: string;
  message: string;
  color: 'brightgreen' | 'yellow' | 'red' | 'lightgrey';
}

const HEX: Record<Badge['color'], string> = {
  brightgreen: '#2c7a1f',
  yellow: '#8a6100',
  red: '#c62828',
  lightgrey: '#6e7781',
};
const GRADE_ORDER = ['A', 'B', 'C', 'D', 'F'];

/** The conformance badge: every profile certified (with the worst grade), how many, or none. */
export function conformanceBadge(results: ConformanceResults): Badge {
  const verdicts = allVerdicts(results);
  const certified = verdicts.filter((v) => v.status === 'pass').length;
  if (!results.complete) return { label: 'sandproof', message: 'partial run', color: 'lightgrey' };
  if (certified === verdicts.length && certified > 0) {
    const worst = verdicts
      .map((v) => v.grade ?? 'F')
      .sort((a, b) => GRADE_ORDER.indexOf(b) - GRADE_ORDER.indexOf(a))[0];
    return { label: 'sandproof', message: `certified ${worst}`, color: 'brightgreen' };
  }
  if (certified > 0)
    return { label: 'sandproof', message: `certified ${certified}/${verdicts.length}`, color: 'yellow' };
  return { label: 'sandproof', message: 'not certified', color: 'red' };
}

/** The benchmark badge: targets met, or what failed. */
export function benchBadge(b: BenchReportInput): Badge {
  const verdicts = benchVerdicts(b);
  const met = b.targets.filter((t) => t.ok).length;
  const failed = verdicts.filter((v) => v.status === 'fail');
  if (failed.length > 0) {
    const what = failed.some((v) => v.name === 'regression gate')
      ? 'gate failed'
      : `targets ${met}/${b.targets.length}`;
    return { label: 'sandproof bench', message: what, color: 'red' };
  }
  const clean = verdicts.every((v) => v.status === 'pass');
  return {
    label: 'sandproof bench',
    message: `targets ${met}/${b.targets.length}`,
    color: clean ? 'brightgreen' : 'yellow',
  };
}

/** The shields.io endpoint document. */
export function shieldsEndpoint(badge: Badge): string {
  return `${JSON.stringify({ schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color })}\n`;
}

/** Estimated width of 11px Verdana text: about 6.5 px per character, wider for capitals. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[A-Z%@MW]/.test(ch) ? 8 : /[il.,:|' ]/.test(ch) ? 3.6 : 6.6;
  return Math.ceil(w);
}

/** A flat badge as standalone SVG. */
export function renderBadgeSvg(badge: Badge): string {
  const lw = textWidth(badge.label) + 12;
  const mw = textWidth(badge.message) + 12;
  const { label, message } = badge;
  return html`<svg xmlns="http://www.w3.org/2000/svg" width="${lw + mw}" height="20" role="img" aria-label="${label}: ${message}"><title>${label}: ${message}</title>
<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${HEX[badge.color]}"/>
<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="${lw / 2}" y="14">${label}</text><text x="${lw + mw / 2}" y="14">${message}</text></g></svg>
`.toString();
}
