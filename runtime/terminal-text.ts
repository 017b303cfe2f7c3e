/**
 * Guest text made safe to show: on a terminal, in a report, in a log line. A guest that writes raw control
 * bytes into its logs, error messages or values could otherwise drive the terminal that prints them (clear
 * the screen, move the cursor, retitle the window and print a fake "ALL CHECKS PASSED"), or reorder what a
 * reader sees with bidirectional overrides.
 *
 * Every C0 control (U+0000-U+001F, ESC included), DEL, every C1 control (U+0080-U+009F, CSI included), and the
 * line and paragraph separators (U+2028, U+2029: a new line to many terminals and log viewers), and the
 * bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069) become the six visible characters `\uXXXX`, which is also a valid escape inside a JSON
 * string. Tab is kept; line feed is kept only with `multiline` (a line of its own is still the guest's own
 * text, but a carriage return that rewrites a line is not kept). Other text is unchanged.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const CONTROL_KEEP_LF =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every control and bidi-override character written as `\uXXXX` (see above). */
export function escapeControlText(text: string, options: { multiline?: boolean } = {}): string {
  return text.replace(options.multiline === true ? CONTROL_KEEP_LF : CONTROL, escapeOne);
}
