/**
 * `sandproof bench --adapter A`: an outside sandbox is measured through its adapter with the reference's
 * snippet; one that cannot load or answers wrong stops the run with exit 2 and says why.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runBenchCli } from '../cli/bench-cli.js';
import {
  adapterScenarioId,
  BenchAdapterError,
  createAdapterScenarios,
} from '../scenarios/adapter-scenarios.js';
import { SMALL_EXPECTED } from '../scenarios/bench-snippets.js';

const dir = mkdtempSync(join(tmpdir(), 'bench-adapter-'));

/** An outside adapter written as a user would: node:vm, the snippet as an async function body. */
function writeAdapter(name: string, body: string): string {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(
    file,
    `import vm from 'node:vm';
export default {
  name: ${JSON.stringify(name)},
  capabilities: { profiles: ['ultra-secure'], scanner: false, tenantIsolation: false },
  async execute(sample) {
    const context = vm.createContext({ input: JSON.parse(JSON.stringify(sample.input ?? null)) });
    const value = await vm.runInContext('(async () => {' + sample.code + '\\n})()', context);
    return { status: 'completed', value: ${body}, logs: [] };
  },
  async dispose() {},
};
`,
  );
  return file;
}

test('an outside adapter becomes one latency scenario that runs the reference snippet', async () => {
  const scenarios = await createAdapterScenarios([writeAdapter('outside-vm', 'value')]);
  try {
    assert.equal(
      scenarios.tasks.map((t) => t.id),
      ['adapter.outside-vm'],
    );
    assert.is(await scenarios.tasks[0]?.run(), SMALL_EXPECTED);
  } finally {
    await scenarios.dispose();
  }
});

test('an adapter that returns a wrong value is refused before any round', async () => {
  try {
    await createAdapterScenarios([writeAdapter('wrong-vm', 'value + 1')]);
    assert.unreachable('a wrong value must stop the run');
  } catch (error) {
    assert.instance(error, BenchAdapterError);
    assert.match((error as Error).message, /wrong-vm returned 31/);
  }
});

test('scenario ids keep only safe characters', () => {
  assert.is(adapterScenarioId('my sandbox/2'), 'adapter.my_sandbox_2');
});

test('bench --adapter with a module that does not exist exits 2 naming it', async () => {
  let stderr = '';
  const code = await runBenchCli(['--quick', '--adapter', join(dir, 'missing.mjs'), '--out', dir], {
    stdout: () => {},
    stderr: (text: string) => {
      stderr += text;
    },
  });
  assert.is(code, 2);
  assert.match(stderr, /missing\.mjs/);
});

test('bench --adapter without a value is a usage error', async () => {
  let stderr = '';
  const code = await runBenchCli(['--adapter'], {
    stdout: () => {},
    stderr: (text: string) => {
      stderr += text;
    },
  });
  assert.is(code, 2);
  assert.match(stderr, /--adapter needs/);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
