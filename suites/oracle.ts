/**
 * The oracle never trusts the guest alone. Before a run it plants a host canary (a host global holding a
 * random token, and a temp file holding another) and guards `process.exit`; after every execution it
 * checks the host is untouched and looks for the `ESCAPED` marker; after every sample a next-execution
 * probe fingerprints the builtins, which must equal the fingerprint taken before the run.
 *
 * For the `lifetime` and `accounting` categories, the resource oracle (resource-oracle.ts) also reads the
 * sandbox processes' CPU time after the execution and their resident memory during it.
 *
 * Strength: the host checks see any guest that reached the host realm and wrote to it, or to the disk
 * beside the canary, or tried to end the process. A guest that reaches the host and only *reads* proves it
 * by returning or logging the canary's secret token, which nothing but host access can produce (a sample
 * does `ESCAPED:` + the host's `globalThis.__SANDPROOF_CANARY__`). The bare `ESCAPED` string is only the
 * guest's claim: a stub `process` produces it too, so it is reported as a claim, never as an escape.
 *
 * The host's own state is never blamed: intrinsics frozen or made non-extensible before the oracle was
 * planted (a `lockdown()` in the harness's process) are part of the snapshot, not findings.
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

/** The secret tokens of every oracle planted in this process: evidence of a read of host state. */
const LIVE_TOKENS = new Set<string>();

type ExitGuarded = 'exit' | 'abort' | 'reallyExit' | 'kill';
type Snapshot = Map<PropertyKey, PropertyDescriptor>;

/**
 * Host intrinsics whose own properties are snapshotted: a guest that reaches the host realm usually
 * proves it by polluting one of these. The host global object is left out: Node and libraries add
 * globals lazily, which would read as false alarms.
 */
const HOST_INTRINSICS: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Error.prototype', Error.prototype],
  ['Error', Error],
  ['Object', Object],
  ['JSON', JSON],
  ['Reflect', Reflect],
];

function snapshot(target: object): Snapshot {
  const out: Snapshot = new Map();
  for (const key of Reflect.ownKeys(target)) {
    const d = Reflect.getOwnPropertyDescriptor(target, key);
    if (d) out.set(key, d);
  }
  return out;
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return (
    a.value === b.value &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/** Keys of `target` added, removed or redefined since `before`. */
function changedKeys(target: object, before: Snapshot): PropertyKey[] {
  const after = snapshot(target);
  const changed: PropertyKey[] = [];
  for (const [key, d] of after) {
    const old = before.get(key);
    if (!old || !sameDescriptor(old, d)) changed.push(key);
  }
  for (const key of before.keys()) if (!after.has(key)) changed.push(key);
  return changed;
}
const GUARDED: readonly ExitGuarded[] = ['exit', 'abort', 'reallyExit', 'kill'];

/** Host-side tripwires, installed for the duration of a conformance run. */
export class HostOracle {
  private readonly token = randomBytes(16).toString('hex');
  private readonly fileToken = randomBytes(16).toString('hex');
  private readonly dir = mkdtempSync(join(tmpdir(), 'sandproof-oracle-'));
  private readonly exitCode = process.exitCode;
  private readonly saved = new Map<ExitGuarded, unknown>();
  private attempts: string[] = [];
  private readonly intrinsics = HOST_INTRINSICS.map(([name, target]) => ({
    name,
    target,
    before: snapshot(target),
    extensible: Object.isExtensible(target),
  }));

  /** Plants the canaries and the exit guard; call {@link dispose} when the run ends. */
  constructor() {
    LIVE_TOKENS.add(this.token);
    LIVE_TOKENS.add(this.fileToken);
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
    if (
      !d ||
      d.value !== this.token ||
      d.writable !== true ||
      d.enumerable !== false ||
      d.configurable !== true
    ) {
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
    for (const { name, target, before, extensible } of this.intrinsics) {
      const keys = changedKeys(target, before);
      if (keys.length > 0)
        violations.push(`host ${name} was changed (${keys.slice(0, 3).map(String).join(', ')})`);
      if (extensible && !Object.isExtensible(target)) violations.push(`host ${name} was made non-extensible`);
    }
    return violations;
  }

  /**
   * Re-arms every tripwire after a violation, so the next sample is judged on its own. A change that cannot
   * be healed (a property made non-configurable, an intrinsic frozen) becomes the new snapshot: it was
   * charged once, to the sample after which it appeared, and is not charged again to every later sample.
   */
  restore(): void {
    this.attempts = [];
    for (const name of safeList(this.dir)) rmSync(join(this.dir, name), { recursive: true, force: true });
    this.plant();
    process.exitCode = this.exitCode;
    for (const entry of this.intrinsics) {
      heal(entry.target, entry.before);
      entry.before = snapshot(entry.target);
      entry.extensible = Object.isExtensible(entry.target);
    }
  }

  /** Removes the canaries and the exit guard. */
  dispose(): void {
    LIVE_TOKENS.delete(this.token);
    LIVE_TOKENS.delete(this.fileToken);
    const host = process as unknown as Record<string, unknown>;
    for (const [name, original] of this.saved) host[name] = original;
    Reflect.deleteProperty(globalThis, CANARY_GLOBAL);
    rmSync(this.dir, { recursive: true, force: true });
    process.exitCode = this.exitCode;
  }
}

/** Puts a host intrinsic back as snapshotted (best effort: a frozen object cannot be healed). */
function heal(target: object, before: Snapshot): void {
  for (const key of changedKeys(target, before)) {
    const original = before.get(key);
    try {
      if (original) Reflect.defineProperty(target, key, original);
      else Reflect.deleteProperty(target, key);
    } catch {
      // Non-configurable by now: the run goes on, and every later check reports it again.
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function valueText(outcome: AdapterOutcome): string {
  if (outcome.status === 'threw') return outcome.message;
  if (outcome.status !== 'completed') return '';
  try {
    return typeof outcome.value === 'string' ? outcome.value : (JSON.stringify(outcome.value) ?? '');
  } catch {
    return '';
  }
}

function logLines(outcome: AdapterOutcome): string[] {
  return 'logs' in outcome ? (outcome.logs ?? []) : [];
}

/**
 * Evidence in what the guest returned, threw or logged: a canary token of a live oracle, which only a read
 * of host state can produce. (Named for the marker it replaced; the bare marker is {@link claimedMarker}.)
 */
export function markerViolations(outcome: AdapterOutcome): string[] {
  if (LIVE_TOKENS.size === 0) return [];
  const found: string[] = [];
  const carries = (text: string): boolean => [...LIVE_TOKENS].some((token) => text.includes(token));
  if (carries(valueText(outcome)))
    found.push('the value carries the host canary token (a read of host state)');
  if (logLines(outcome).some(carries))
    found.push('the logs carry the host canary token (a read of host state)');
  return found;
}

/** The guest's own `ESCAPED` claim in its value or logs, or null: a claim, not evidence. */
export function claimedMarker(outcome: AdapterOutcome): string | null {
  if (outcome.status === 'completed' && valueText(outcome).includes(ESCAPE_MARKER))
    return 'the value carries the ESCAPED marker';
  if (logLines(outcome).some((line) => line.includes(ESCAPE_MARKER)))
    return 'the logs carry the ESCAPED marker';
  return null;
}
