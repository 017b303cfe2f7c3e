/**
 * The oracle's view of output integrity: what a sandbox reports about an execution, held against what can
 * be known on the host without trusting the guest.
 *
 * - Outcome against the truth: `ERR_SYNTAX` (as the outcome, or as the audit record's error code) for code that
 *   compiles means the guest forged its outcome (syntax-truth.ts decides, conservatively).
 * - Audit record against the outcome: when the adapter reports the audit record of the execution, its outcome
 *   and error code must be the ones the caller got; and no two different programs of one run may share a
 *   `codeSha256` (the hash must be injective, or the log cannot prove which code ran).
 * - Host frames: no host file path (the harness's own directory) and no `node:internal` frame may appear in
 *   what the guest gets back (its value, logs) or in the error the caller gets: host errors reached the guest,
 *   or the caller, with their host stack.
 * - Terminal control: the error message a caller gets is one line a host prints or logs; it must carry no raw
 *   control or bidi-override character (logs and values are data and are escaped where they are shown).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AdapterOutcome, outcomeCode } from './adapters/adapter.js';
import { compilesAsSnippet } from './syntax-truth.js';

/** The repository (or installed package) root: any text naming it came from host frames. */
const HOST_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST_TRACES = [HOST_ROOT, 'node:internal'].filter((t) => t.length >= 5);
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Audit hashes seen in one run, per hash the code it was given for. */
export type HashLedger = Map<string, string>;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** Every integrity finding for one execution of `code` that ended in `outcome`. */
export function integrityFindings(code: string, outcome: AdapterOutcome, ledger: HashLedger): string[] {
  const found: string[] = [];
  const code_ = outcomeCode(outcome);
  const audit = outcome.audit;
  const claimsSyntax = code_ === 'ERR_SYNTAX' || audit?.errorCode === 'ERR_SYNTAX';
  if (claimsSyntax && compilesAsSnippet(code)) {
    found.push('ERR_SYNTAX reported for code that compiles: the outcome was forged');
  }
  if (audit !== undefined && outcome.status !== 'crashed') {
    const expected = outcome.status === 'completed' ? ['ok', null] : ['error', code_];
    if (audit.outcome !== expected[0] || audit.errorCode !== expected[1]) {
      found.push(
        `the audit record says ${audit.outcome} ${audit.errorCode ?? ''} but the execution ended ${outcome.status} ${code_ ?? ''}`.trim(),
      );
    }
    const seen = ledger.get(audit.codeSha256);
    if (seen !== undefined && seen !== code) found.push('two different programs share one audit codeSha256');
    else ledger.set(audit.codeSha256, code);
  }
  const shown = [
    outcome.status === 'completed' ? textOf(outcome.value) : '',
    ...('logs' in outcome ? (outcome.logs ?? []) : []),
    outcome.status === 'threw' || outcome.status === 'crashed' ? outcome.message : '',
  ].join('\n');
  const trace = HOST_TRACES.find((t) => shown.includes(t));
  if (trace !== undefined) found.push(`a host path or frame (${trace}) reached the guest's output or error`);
  if (
    outcome.status === 'threw' &&
    (RAW_CONTROL.test(outcome.message) || RAW_CONTROL.test(outcome.name ?? ''))
  ) {
    found.push('the error message carries raw control or bidi-override characters');
  }
  return found;
}
