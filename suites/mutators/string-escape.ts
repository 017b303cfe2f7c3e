/**
 * `string-escape`: rewrites string literals that spell something sensitive into hexadecimal escapes,
 * `'constructor'` -> `'\x63\x6f...'`. Sound: an escaped literal has the same value. Directives are left
 * alone (an escaped `'use strict'` is not a directive), and so are module specifiers of declarations.
 */
import { type AnyNode, applyEdits, type Edit, type Mutator, parseSnippet, walk } from './mutator.js';

const SENSITIVE_TEXT =
  /constructor|eval|Function|process|require|return|prepareStackTrace|__proto__|child_process|import|globalThis|this|CANARY/;

function escapeString(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    out += code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  }
  return `'${out}'`;
}

function isDirective(parent: AnyNode | null): boolean {
  return parent?.type === 'ExpressionStatement' && typeof parent.directive === 'string';
}

/** Escapes every sensitive string literal. */
export const stringEscape: Mutator = {
  name: 'string-escape',
  description: "'constructor' -> '\\x63\\x6f\\x6e...'",
  mutate(code) {
    const program = parseSnippet(code);
    if (!program) return null;
    const edits: Edit[] = [];
    walk(program, (node, parent) => {
      if (node.type !== 'Literal' || typeof node.value !== 'string') return;
      if (isDirective(parent) || /Import|Export/.test(parent?.type ?? '')) return;
      if (!SENSITIVE_TEXT.test(node.value)) return;
      edits.push({ start: node.start, end: node.end, text: escapeString(node.value) });
    });
    return edits.length === 0 ? null : applyEdits(code, edits);
  },
};
