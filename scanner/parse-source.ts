/**
 * The scanner's parser front end: acorn, `ecmaVersion: 'latest'`, script mode, no hashbang, over exactly
 * the text the runtime compiles. Parsing never throws: every failure comes back as data, so the caller can
 * fail closed with its own rule id.
 */
import { type Program, parse } from 'acorn';

/** An Annex B HTML-like comment (`<!--` or `-->`), which browsers and V8 scripts treat as a line comment. */
export interface HtmlComment {
  readonly start: number;
}

/** The outcome of a parse: a program with its HTML-like comments, or a failure kind with its offset. */
export type ParseOutcome =
  | { readonly ok: true; readonly program: Program; readonly htmlComments: readonly HtmlComment[] }
  | {
      readonly ok: false;
      readonly kind: 'syntax' | 'too-deep';
      readonly offset: number;
      readonly message: string;
    };

/** How to parse: a wrapped snippet (the runtime's text) or a decoded string (an `eval`/`Function` body). */
export interface ParseSourceOptions {
  /** Decoded strings are parsed as free-standing bodies: top-level `return` and `await` are accepted. */
  readonly asBody?: boolean;
}

/** acorn's own stack guard turns deep recursion into a SyntaxError with this text. */
const STACK_GUARD_MESSAGE = 'Not enough stack space';

/** Parses `text`, collecting HTML-like comments; never throws. */
export function parseSource(text: string, options: ParseSourceOptions = {}): ParseOutcome {
  const htmlComments: HtmlComment[] = [];
  const onComment = (block: boolean, _text: string, start: number): void => {
    if (block) return;
    const opener = text.slice(start, start + 4);
    if (opener === '<!--' || opener.startsWith('-->')) htmlComments.push({ start });
  };
  try {
    const program = parse(text, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowHashBang: false,
      allowReturnOutsideFunction: options.asBody === true,
      allowAwaitOutsideFunction: options.asBody === true,
      onComment,
    });
    return { ok: true, program, htmlComments };
  } catch (error) {
    return describeFailure(error);
  }
}

function describeFailure(error: unknown): ParseOutcome {
  const e = error as { pos?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : 'unparseable input';
  const offset = typeof e?.pos === 'number' ? e.pos : 0;
  const deep = error instanceof RangeError || message.includes(STACK_GUARD_MESSAGE);
  // acorn appends "(line:column)" of the wrapped text; the caller reports snippet positions instead.
  const bare = message.replace(/ \(\d+:\d+\)$/, '');
  return { ok: false, kind: deep ? 'too-deep' : 'syntax', offset, message: bare.slice(0, 200) };
}
