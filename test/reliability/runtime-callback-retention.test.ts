/**
 * callback-retention: isolated-vm keeps every `ivm.Callback` it is given for the life of the process,
 * with everything its closure reaches. Callbacks made per context once kept every execution's context
 * objects in the host heap (about 1.8 KB per execution with `require`, 3.4 KB with fetch and uuid too,
 * even after the isolates were disposed). Callbacks are now made once per isolate and routed by token:
 * after hundreds of executions with every callback in use, no execution's context objects survive.
 */
import { getHeapSnapshot } from 'node:v8';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hostGc } from '../../bench/index.js';
import { createRuntime } from '../../runtime/index.js';

/** Live objects of the host heap whose constructor is `name`, from a heap snapshot. */
async function countObjects(name: string): Promise<number> {
  let text = '';
  for await (const chunk of getHeapSnapshot()) text += chunk;
  const snapshot = JSON.parse(text) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const objectType = snapshot.snapshot.meta.node_types[0].indexOf('object');
  let count = 0;
  for (let i = 0; i < snapshot.nodes.length; i += stride) {
    if (snapshot.nodes[i + typeAt] === objectType && snapshot.strings[snapshot.nodes[i + nameAt]!] === name)
      count++;
  }
  return count;
}

test('no execution context object outlives its execution (require, uuid and fetch callbacks in use)', async () => {
  const rt = createRuntime({ isolation: 'in-process', pool: { min: 1, max: 2 } });
  const requests = [
    { code: "return require('lodash').sum([1, 2, 3])", profile: 'high-security' },
    { code: "return require('uuid').v4().length", profile: 'tenant-isolated' },
    {
      code: 'try { await fetch("http://127.0.0.1:9/") } catch (e) { return e.name }',
      profile: 'tenant-isolated',
    },
  ];
  for (let i = 0; i < 300; i++) {
    const r = await rt.execute({ ...requests[i % requests.length]!, tenantId: 'acme', scan: false });
    assert.ok(r.value !== undefined);
  }
  await rt.dispose();
  hostGc();
  hostGc();
  const left = await countObjects('PreparedContext');
  assert.ok(left <= 2, `${left} PreparedContext objects survive 300 executions`);
});

test.run();
