/**
 * HTML built by a tagged template that escapes by default: `html\`<td>${value}</td>\`` escapes `value`
 * (html-escape.ts: entities, quotes, control and bidi characters) unless it is itself the {@link SafeHtml} of
 * another `html` template or of {@link trustedHtml}. Results carry attacker-written text, so a report that
 * forgets to escape one field must be impossible to write by accident, not merely caught in review.
 */
import { escapeHtml } from './html-escape.js';

/** Markup that is already safe to place in a page: made by {@link html} or {@link trustedHtml} only. */
export class SafeHtml {
  readonly #text: string;

  /** Use {@link html} or {@link trustedHtml}; the constructor is public only for `instanceof`. */
  constructor(text: string) {
    this.#text = text;
  }

  /** The markup, as a string for the page. */
  toString(): string {
    return this.#text;
  }
}

/**
 * Marks markup written by our own code (a theme's tag, a chart's SVG) as safe. Never call it on text from a
 * results file: that is what {@link html} escapes.
 */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined) return '';
  return escapeHtml(value);
}

/**
 * The tagged template: literal parts are kept as written, every interpolated value is escaped unless it is
 * {@link SafeHtml}; arrays are rendered item by item and joined; `null` and `undefined` render as nothing.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Joins markup with a separator written by our own code (a newline, a comma). */
export function joinHtml(parts: readonly SafeHtml[], separator: string): SafeHtml {
  return new SafeHtml(parts.map((part) => part.toString()).join(separator));
}
