/**
 * Peers side by side, doing the reference's work with a fresh context per execution: Node's `vm` (not a
 * security boundary, a speed reference only) and QuickJS compiled to WebAssembly. Neither runs a
 * scanner; the reference scenarios do, so the comparison is tilted against the reference.
 */
import { runInNewContext } from 'node:vm';
import type { LatencyTask } from '../lib/interleaved-rounds.js';
import { importBenchPeer, MissingBenchPeerError } from '../lib/optional-peer.js';
import { SMALL_EXPECTED, SMALL_INPUT, SMALL_SNIPPET } from './bench-snippets.js';

/** The snippet as a script: the reference wraps it as an async function body; peers run it synchronously. */
const SCRIPT = `(function () { ${SMALL_SNIPPET} })()`;
const INPUT_JSON = JSON.stringify(SMALL_INPUT);

function nodeVmOnce(): unknown {
  return runInNewContext(SCRIPT, { input: JSON.parse(INPUT_JSON) });
}

const NODE_VM_TASK: LatencyTask = {
  id: 'peer.node-vm',
  description: "Node's vm: a new context per execution, the small snippet (no scanner, no isolation)",
  run: nodeVmOnce,
};

/**
 * `peer.node-vm` and `peer.quickjs`; each is checked once for the expected value. Without the optional
 * peer quickjs-emscripten, `peer.quickjs` is left out and `log` says which package to install.
 */
export async function createPeerScenarios(log: (line: string) => void = () => {}): Promise<LatencyTask[]> {
  let getQuickJS: typeof import('quickjs-emscripten').getQuickJS;
  try {
    ({ getQuickJS } = await importBenchPeer(
      'quickjs-emscripten',
      'the peer.quickjs scenario',
      () => import('quickjs-emscripten'),
    ));
  } catch (error) {
    if (!(error instanceof MissingBenchPeerError)) throw error;
    log(`peer.quickjs skipped: ${error.message}`);
    if (nodeVmOnce() !== SMALL_EXPECTED) throw new Error('peer node-vm returned an unexpected value');
    return [NODE_VM_TASK];
  }
  const quickjs = await getQuickJS();
  const quickjsOnce = (): unknown => {
    const vm = quickjs.newContext();
    try {
      vm.unwrapResult(vm.evalCode(`globalThis.input = ${INPUT_JSON};`)).dispose();
      const handle = vm.unwrapResult(vm.evalCode(SCRIPT));
      const value = vm.dump(handle);
      handle.dispose();
      return value;
    } finally {
      vm.dispose();
    }
  };
  for (const [name, once] of [
    ['node-vm', nodeVmOnce],
    ['quickjs', quickjsOnce],
  ] as const) {
    const value = once();
    if (value !== SMALL_EXPECTED) throw new Error(`peer ${name} returned ${JSON.stringify(value)}`);
  }
  return [
    NODE_VM_TASK,
    {
      id: 'peer.quickjs',
      description:
        'quickjs-emscripten: a new context per execution on one module, the small snippet (no scanner)',
      run: quickjsOnce,
    },
  ];
}
