import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditRecord } from '../audit/index.js';
import {
  AuditError,
  canonicalJson,
  createAuditLog,
  hashInput,
  RECORD_FIELDS,
  recordBody,
  recordLine,
  sha256Hex,
  ZERO_HASH,
} from '../audit/index.js';
import { sampleEntry } from './audit-helpers.js';

function bodyHash(record: AuditRecord): string {
  const line = recordLine(record).trimEnd();
  const body = `${line.slice(0, line.lastIndexOf(',"hash":'))}}`;
  return sha256Hex(body);
}

async function rejectionCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof AuditError ? error.code : 'not an AuditError';
  }
  return undefined;
}

test('records link into a chain: seq counts from 0, prevHash is the previous hash, hash covers the body', async () => {
  const log = createAuditLog();
  for (let n = 0; n < 20; n += 1) await log.append(sampleEntry(n));
  const records = log.records();
  assert.is(records.length, 20);
  records.forEach((record, index) => {
    assert.is(record.seq, index);
    assert.is(record.prevHash, index === 0 ? ZERO_HASH : records[index - 1]?.hash);
    assert.is(record.hash, bodyHash(record));
    assert.match(record.hash, /^[0-9a-f]{64}$/);
  });
  assert.equal(log.head(), { seq: 19, hash: records[19]?.hash });
  await log.close();
});

test('a line has exactly the RECORD_FIELDS keys in order, code only with includeCode, hash last', async () => {
  const plain = await createAuditLog().append(sampleEntry(1));
  const withCode = await createAuditLog({ includeCode: true }).append(sampleEntry(1));
  const keys = (record: AuditRecord) => Object.keys(JSON.parse(recordLine(record)) as object);
  assert.equal(keys(withCode), [...RECORD_FIELDS, 'hash']);
  assert.equal(keys(plain), [...RECORD_FIELDS.filter((field) => field !== 'code'), 'hash']);
  const { hash, ...rest } = plain;
  assert.is(sha256Hex(recordBody(rest)), hash);
});

test('an empty log has head -1 and the zero hash', () => {
  assert.equal(createAuditLog().head(), { seq: -1, hash: ZERO_HASH });
});

test('code is stored as a hash only, unless includeCode', async () => {
  const entry = sampleEntry(1);
  const hidden = await createAuditLog().append(entry);
  assert.is(hidden.code, undefined);
  assert.not.ok(recordLine(hidden).includes(entry.code));
  assert.is(hidden.codeSha256, sha256Hex(entry.code));
  const shown = await createAuditLog({ includeCode: true }).append(entry);
  assert.is(shown.code, entry.code);
  assert.is(shown.hash, bodyHash(shown));
});

test('input is hashed over canonical JSON: key order does not matter, undefined gives null', async () => {
  const log = createAuditLog();
  const a = await log.append(sampleEntry(1, { input: { b: [1, { d: 2, c: 3 }], a: 'x' } }));
  const b = await log.append(sampleEntry(1, { input: { a: 'x', b: [1, { c: 3, d: 2 }] } }));
  const none = await log.append(sampleEntry(1, { input: undefined }));
  assert.is(a.inputSha256, b.inputSha256);
  assert.is(a.inputSha256, sha256Hex('{"a":"x","b":[1,{"c":3,"d":2}]}'));
  assert.is(none.inputSha256, null);
  assert.is(
    canonicalJson({ z: undefined, y: [undefined, Number.NaN], x: new Date(0) }),
    '{"x":"1970-01-01T00:00:00.000Z","y":[null,null]}',
  );
});

test('unserializable input (cycle, BigInt) is still audited with a marker hash', async () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const record = await createAuditLog().append(sampleEntry(2, { input: cyclic }));
  assert.match(record.inputSha256 ?? '', /^[0-9a-f]{64}$/);
  assert.match(hashInput(10n) ?? '', /^[0-9a-f]{64}$/);
  assert.is.not(hashInput(10n), hashInput('10'));
  assert.is.not(hashInput(10n), record.inputSha256);
});

test('the input is hashed at call time, not when the queued append runs', async () => {
  const log = createAuditLog();
  const input = { value: 1 };
  const pending = log.append(sampleEntry(3, { input }));
  input.value = 2;
  assert.is((await pending).inputSha256, sha256Hex('{"value":1}'));
});

test('an entry with a wrongly typed field is refused with ERR_AUDIT_INVALID_ENTRY and leaves no gap', async () => {
  const log = createAuditLog();
  const bad = { ...sampleEntry(1), wallMs: Number.NaN };
  assert.is(await rejectionCode(log.append(bad)), 'ERR_AUDIT_INVALID_ENTRY');
  const badOutcome = { ...sampleEntry(1), outcome: 'maybe' } as unknown as ReturnType<typeof sampleEntry>;
  assert.is(await rejectionCode(log.append(badOutcome)), 'ERR_AUDIT_INVALID_ENTRY');
  const good = await log.append(sampleEntry(1));
  assert.is(good.seq, 0);
});

test('append after close is refused with ERR_AUDIT_CLOSED; close is idempotent', async () => {
  const log = createAuditLog();
  await log.append(sampleEntry(0));
  await log.close();
  await log.close();
  assert.is(await rejectionCode(log.append(sampleEntry(1))), 'ERR_AUDIT_CLOSED');
  assert.is(log.records().length, 1);
});

test('records are frozen and records() returns a copy', async () => {
  const log = createAuditLog();
  const record = await log.append(sampleEntry(0));
  assert.ok(Object.isFrozen(record));
  (log.records() as AuditRecord[]).pop();
  assert.is(log.records().length, 1);
});

test.run();
