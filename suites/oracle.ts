/**
 * The oracle never trusts the guest alone. Before a run it plants a host canary (a host global holding a
 * random token, and a temp file holding another) and guards `process.exit`; after every execution it
 * checks the host is untouched and looks for the `ESCAPED` marker; after every sample a next-execution
 * probe fingerprints the builtins, which must equal the fingerprint taken before the run.
 *
 * Strength: the host checks see any guest that reached the host realm and wrote to it, or to the disk
 * beside the canary, or tried to end the process. A guest that reaches the host and only *reads* is caught
 * by the marker (the corpus samples report what they reached) or by its effects, not by the canary.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdapterOutcome } from './adapters/adapter.js';

/** The host global every guest must be unable to reach. */
export const CANARY_GLOBAL = '__SANDPROOF_CANARY__';
/** The string a sample returns or logs when it reached something forbidden. */
export const ESCAPE_MARKER = 'ESCAPED';
const CANARY_FILE = 'canary.txt';

type ExitGuarded = 'exit' | 'abort' | 'reallyExit' | 'kill';
const GUARDED: readonly ExitGuarded[] = ['exit', 'abort', 'reallyExit', 'kill'];

/** Host-side tripwires, installed for the duration of a conformance run. */
export class HostOracle {
  private readonly token = randomBytes(16).toString('hex');
  private readonly fileToken = randomBytes(16).toString('hex');
  private readonly dir = mkdtempSync(join(tmpdir(), 'sandproof-oracle-'));
  private readonly exitCode = process.exitCode;
  private readonly saved = new Map<ExitGuarded, unknown>();
  private attempts: string[] = [];

  /** Plants the canaries and the exit guard; call {@link dispose} when the run ends. */
  constructor() {
    this.plant();
    const host = process as unknown as Record<string, unknown>;
    for (const name of GUARDED) {
      this.saved.set(name, host[name]);
      host[name] = (...args: unknown[]): never => {
        this.attempts.push(`the guest called process.${name}(${args.map((a) => String(a)).join(', ')})`);
        throw new Error(`process.${name} is disabled while the conformance oracle runs`);
      };
    }
  }

  private plant(): void {
    Object.defineProperty(globalThis, CANARY_GLOBAL, {
      value: this.token,
      writable: true,
      enumerable: false,
      configurable: true,
    });
    writeFileSync(join(this.dir, CANARY_FILE), this.fileToken);
  }

  /** Every host-side violation since the last check. Read-only: call {@link restore} to re-arm. */
  check(): string[] {
    const violations = [...this.attempts];
    const d = Object.getOwnPropertyDescriptor(globalThis, CANARY_GLOBAL);
    if (!d || d.value !== this.token || d.writable !== true || d.enumerable !== false || d.configurable !== true) {
      violations.push(`host global ${CANARY_GLOBAL} was changed`);
    }
    let content: string | null = null;
    try {
      content = readFileSync(join(this.dir, CANARY_FILE), 'utf8');
    } catch {
      content = null;
    }
    if (content !== this.fileToken) violations.push('host canary file was changed or removed');
    const extra = safeList(this.dir).filter((name) => name !== CANARY_FILE);
    if (extra.length > 0) violations.push(`new file beside the canary: ${extra.slice(0, 3).join(', ')}`);
    if (process.exitCode !== this.exitCode) violations.push('process.exitCode was changed');
    return violations;
  }

  /** Re-arms every tripwire after a violation, so the next sample is judged on its own. */
  restore(): void {
    this.attempts = [];
    for (const name of safeList(this.dir)) rmSync(join(this.dir, name), { recursive: true, force: true });
    this.plant();
    process.exitCode = this.exitCode;
  }

  /** Removes the canaries and the exit guard. */
  dispose(): void {
    const host = process as unknown as Record<string, unknown>;
    for (const [name, original] of this.saved) host[name] = original;
    Reflect.deleteProperty(globalThis, CANARY_GLOBAL);
    rmSync(this.dir, { recursive: true, force: true });
    process.exitCode = this.exitCode;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Finds the `ESCAPED` marker in a completed value or in logs (the guest's own report). */
export function markerViolations(outcome: AdapterOutcome): string[] {
  const found: string[] = [];
  if (outcome.status === 'completed') {
    let text = '';
    try {
      text = typeof outcome.value === 'string' ? outcome.value : (JSON.stringify(outcome.value) ?? '');
    } catch {
      text = '';
    }
    if (text.includes(ESCAPE_MARKER)) found.push('the value carries the ESCAPED marker');
  }
  const logs = 'logs' in outcome ? (outcome.logs ?? []) : [];
  if (logs.some((line) => line.includes(ESCAPE_MARKER))) found.push('the logs carry the ESCAPED marker');
  return found;
}
