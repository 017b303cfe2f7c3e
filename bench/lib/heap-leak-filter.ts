/**
 * Our leak filter for memlab's three-snapshot method (baseline, target after N executions, final after
 * 2N). memlab's default filter looks for detached DOM and unmounted React fibers, so outside a browser it
 * finds nothing. Ours keeps objects that were allocated between baseline and target and are still alive
 * in the final snapshot, grouped by type and constructor name, and calls a group a leak when it holds at
 * least one object per {@link EXECUTIONS_PER_LEAKED_OBJECT} executions: per-execution retention.
 *
 * False positives: a bounded cache or window still filling at the target snapshot (warm up past it
 * first); lazily compiled code and feedback vectors (the type filter drops `code` and `hidden` nodes).
 * False negatives: a leak of fewer than one object per 100 executions, or one that only grows strings.
 */

/** A group is a leak when it retains at least one object per this many executions. */
export const EXECUTIONS_PER_LEAKED_OBJECT = 100;
/** Node types whose retention points at program state (strings and compiled code are left out). */
export const LEAK_NODE_TYPES: ReadonlySet<string> = new Set([
  'object',
  'closure',
  'array',
  'native',
  'regexp',
]);

/** The parts of a heap node the filter reads (a subset of memlab's `IHeapNode`). */
export interface HeapNodeLike {
  id: number;
  type: string;
  name: string;
  self_size: number;
}

/** One group of retained objects. */
export interface RetainedGroup {
  key: string;
  count: number;
  bytes: number;
}

/** What the filter found. */
export interface LeakVerdict {
  leaks: RetainedGroup[];
  /** The largest groups, leaks or not, for the report. */
  top: RetainedGroup[];
  retainedObjects: number;
}

/** True when `node` is of a type the filter looks at: memlab's `leakFilter(node)` shape. */
export function leakFilter(node: HeapNodeLike): boolean {
  return LEAK_NODE_TYPES.has(node.type) && !node.name.startsWith('(') && !node.name.startsWith('system /');
}

/** Groups `retained` nodes (allocated in [baseline, target], alive in final) and applies the threshold. */
export function classifyRetained(retained: Iterable<HeapNodeLike>, executions: number): LeakVerdict {
  const groups = new Map<string, RetainedGroup>();
  let retainedObjects = 0;
  for (const node of retained) {
    if (!leakFilter(node)) continue;
    retainedObjects++;
    const key = `${node.type}:${node.name.slice(0, 80)}`;
    const group = groups.get(key) ?? { key, count: 0, bytes: 0 };
    group.count++;
    group.bytes += node.self_size;
    groups.set(key, group);
  }
  const threshold = Math.max(1, Math.floor(executions / EXECUTIONS_PER_LEAKED_OBJECT));
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count);
  return { leaks: sorted.filter((g) => g.count >= threshold), top: sorted.slice(0, 10), retainedObjects };
}
