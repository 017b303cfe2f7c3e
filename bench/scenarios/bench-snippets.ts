/**
 * The code every scenario runs, in one place so that the reference runtime and its peers do the same
 * work: a small data-shaping snippet, a 1 KB input, a lodash snippet, and benign scanner inputs.
 */

/** The small snippet of the warm, cold and concurrent scenarios: a body of an async function. */
export const SMALL_SNIPPET =
  'const xs = input.values.map((x) => x * 2); return xs.reduce((a, b) => a + b, 0)';

/** The input of {@link SMALL_SNIPPET}. */
export const SMALL_INPUT = Object.freeze({ values: [1, 2, 3, 4, 5] });

/** What {@link SMALL_SNIPPET} returns for {@link SMALL_INPUT}: scenarios check it once, so none measures a failure. */
export const SMALL_EXPECTED = 30;

/** The end-to-end snippet: reads a 1 KB input. */
export const E2E_SNIPPET =
  'let total = 0; for (const row of input.rows) total += row.qty * row.price; return { total, n: input.rows.length }';

/** About 1 KB of JSON input (checked by a unit test). */
export const INPUT_1KB = Object.freeze({
  rows: Array.from({ length: 28 }, (_, i) => ({ id: `row-${i}`, qty: i % 7, price: 1.5 + i })),
});

/** A snippet that loads lodash inside the isolate from its own source. */
export const LODASH_SNIPPET = "const _ = require('lodash'); return _.sum(_.map(input.values, (x) => x * 2))";

/** A realistic benign chunk (~250 bytes): data shaping, classes, async, regexes, destructuring. */
const BENIGN_CHUNK = `
const rows = (input?.rows ?? []).map(({ id, name, tags = [] }) => ({ id, name: String(name).trim(), tags }));
class Counter { #n = 0; add(k = 1) { this.#n += k; return this } get value() { return this.#n } }
const counter = new Counter();
for (const row of rows) if (/^[a-z]+$/i.test(row.name)) counter.add(row.tags.length);
`;

/** A benign snippet of about `bytes`, each copy of the chunk in its own block so declarations do not clash. */
export function benignSnippet(bytes: number): string {
  let code = '';
  while (code.length < bytes) code += `{${BENIGN_CHUNK}}\n`;
  return `${code}return 0;`;
}
