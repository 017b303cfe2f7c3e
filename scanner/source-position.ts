/**
 * Offsets to snippet lines and columns, computed lazily: the line table is built only when a scan has
 * something to report, so clean scans never pay for it. Line terminators are ECMAScript's (`\n`, `\r\n`,
 * `\r`, U+2028, U+2029), the same as acorn's, so a `\u2028` in the source cannot shift reported lines.
 */

/** Maps offsets in a parsed text to 1-based lines and columns, minus a number of leading lines. */
export class SourcePosition {
  readonly #text: string;
  readonly #lineOffset: number;
  readonly #trailingLines: number;
  #lineStarts: number[] | undefined;

  /**
   * @param lineOffset lines the parsed text adds before the snippet (the wrapper's prefix).
   * @param trailingLines lines it adds after (the suffix); positions there are clamped to the snippet's end.
   */
  constructor(text: string, lineOffset: number, trailingLines = 0) {
    this.#text = text;
    this.#lineOffset = lineOffset;
    this.#trailingLines = trailingLines;
  }

  /** The snippet-relative position of `offset`; lines before the snippet are clamped to line 1. */
  locate(offset: number): { line: number; column: number } {
    const starts = this.#starts();
    const at = Math.max(0, Math.min(offset, this.#text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const lastLine = starts.length - this.#trailingLines;
    if (lo + 1 > lastLine) return this.locate(Math.max(0, (starts[lastLine] as number) - 1));
    const line = lo + 1 - this.#lineOffset;
    if (line < 1) return { line: 1, column: 1 };
    return { line, column: at - (starts[lo] as number) + 1 };
  }

  #starts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const text = this.#text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
    return starts;
  }
}
