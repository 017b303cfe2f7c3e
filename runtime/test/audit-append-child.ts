/**
 * Child process for the SIGKILL crash test: appends records to the file given as argv[2] for ever, printing
 * `ack <seq>` after each append resolves, until the parent kills it. argv[3] = 'large' stores ~1 MB of code per
 * record, so a kill can land in the middle of one write and leave a torn line.
 */
import { createAuditLog } from '../audit/index.js';
import { sampleEntry } from './audit-helpers.js';

const [, , file, size] = process.argv;
if (!file) throw new Error('usage: audit-append-child FILE [large]');
const large = size === 'large';
const padding = large ? `/*${'x'.repeat(1024 * 1024)}*/` : '';
const log = createAuditLog({ path: file, includeCode: large, fsync: large ? 'never' : 'always' });

for (let n = 0; ; n += 1) {
  const record = await log.append(sampleEntry(n, { code: `${padding}return ${n};` }));
  process.stdout.write(`ack ${record.seq}\n`);
}
