/**
 * A snippet that lists everything the guest can reach from its global object through builtins: every
 * own property (string and symbol keys) of every object and function reachable from `globalThis` by
 * data-property values, accessor functions and prototypes, each named by the first path that reaches it
 * (breadth first, keys in V8's order). `input` is the caller's data and is left out. The value is a
 * sorted array of `path key` lines, e.g. `Intl.DateTimeFormat.prototype formatRange`.
 */
export const SURFACE_WALK_SNIPPET = `
  const seen = new Map();
  const lines = [];
  const queue = [[globalThis, 'globalThis']];
  const show = (k) => typeof k === 'symbol' ? '[' + k.description + ']' : k;
  const visit = (value, path) => {
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
      if (!seen.has(value)) { seen.set(value, path); queue.push([value, path]); }
    }
  };
  while (queue.length > 0) {
    const [obj, path] = queue.shift();
    visit(Object.getPrototypeOf(obj), path + '.[[Prototype]]');
    for (const key of Reflect.ownKeys(obj)) {
      if (obj === globalThis && key === 'input') continue;
      const d = Object.getOwnPropertyDescriptor(obj, key);
      lines.push(path + ' ' + show(key));
      if ('value' in d) visit(d.value, path + '.' + show(key));
      else { visit(d.get, path + '.' + show(key) + '.get'); visit(d.set, path + '.' + show(key) + '.set'); }
    }
  }
  return lines.sort();
`;
