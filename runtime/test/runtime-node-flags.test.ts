/** EM-snapshot-flag: the runtime refuses to start without --no-node-snapshot, with a coded error. */
import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

test('createRuntime refuses to start without --no-node-snapshot', () => {
  const script = `
    import('./runtime/index.ts').then((m) => {
      try { m.createRuntime(); console.log('STARTED'); } catch (e) { console.log(e.code); }
    });`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  assert.is(child.stdout.trim(), 'ERR_INTERNAL');
});

test.run();
