/**
 * Data-flow facts the resolver needs beyond declarations and assignments, added to the bindings once the
 * walk is complete (one pass over calls, member writes and `catch` clauses):
 * - parameters receive the arguments of every call the index can attribute to their function: immediately
 *   invoked literals, calls through a name bound to a function, `.call`/`.apply`, and callbacks of array
 *   and promise methods (`[g].forEach(x => ...)`, `p.then(x => ...)`);
 * - `catch (e)` receives whatever the `try` block throws;
 * - writes into a bound value (`o.k = v`, `o[k] = v`, `a.push(v)`, `m.set(k, v)`) are recorded on the binding.
 * Every step is linear in the number of nodes (the `catch` step in throws within each `try` block).
 */
import type { AnyNode } from 'acorn';
import type { BudgetCheck, ProgramIndex } from './program-index.js';
import { type Binding, type BindingSource, patternNames, propertyStep } from './scope.js';

type Node<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;
type FunctionNode =
  | Node<'FunctionExpression'>
  | Node<'ArrowFunctionExpression'>
  | Node<'FunctionDeclaration'>;

/** Array and promise methods whose callback's first parameter is an element (or the settled value). */
const ELEMENT_CALLBACKS = new Set([
  'forEach',
  'map',
  'filter',
  'find',
  'findLast',
  'some',
  'every',
  'flatMap',
]);
const VALUE_CALLBACKS = new Set(['then', 'catch', 'finally']);
/** Methods that store their arguments into the receiver under some key. */
const STORING_METHODS = new Set(['push', 'unshift', 'splice', 'fill', 'add', 'set']);
const STRIDE = 256;
const ACCESSOR_DEFINERS = new Set(['__defineGetter__', '__defineSetter__']);

/** Adds parameter, `catch` and member-write facts to the bindings of `index`. */
export function addFlowFacts(index: ProgramIndex, checkBudget: BudgetCheck): void {
  let n = 0;
  for (const call of index.nodesOfType('CallExpression')) {
    if (++n % STRIDE === 0) checkBudget();
    bindCall(index, call.callee, call.arguments);
    recordStoringCall(index, call);
  }
  for (const call of index.nodesOfType('NewExpression')) bindCall(index, call.callee, call.arguments);
  for (const node of index.nodesOfType('AssignmentExpression')) {
    if (++n % STRIDE === 0) checkBudget();
    if (node.left.type !== 'MemberExpression' || node.operator !== '=') continue;
    const binding = boundName(index, node.left.object);
    if (!binding) continue;
    const key = propertyStep(node.left.property, node.left.computed);
    binding.writes.push({ key: key ?? null, value: node.right });
  }
  bindCatchClauses(index, checkBudget);
}

/** The binding an expression names directly, if it is a local identifier. */
function boundName(index: ProgramIndex, node: AnyNode): Binding | undefined {
  return node.type === 'Identifier' ? index.bindingOf(node) : undefined;
}

function isFunctionLiteral(node: AnyNode | undefined): node is FunctionNode {
  return (
    node?.type === 'FunctionExpression' ||
    node?.type === 'ArrowFunctionExpression' ||
    node?.type === 'FunctionDeclaration'
  );
}

/** The function literals a callee may denote: a literal, or the literals bound to its name. */
function calleeFunctions(index: ProgramIndex, callee: AnyNode): FunctionNode[] {
  if (isFunctionLiteral(callee)) return [callee];
  const binding = boundName(index, callee);
  if (!binding) return [];
  const found: FunctionNode[] = [];
  for (const source of binding.sources) {
    if (source.kind === 'declaration' && isFunctionLiteral(source.node)) found.push(source.node);
    if (source.kind === 'expression' && source.path.length === 0 && isFunctionLiteral(source.node))
      found.push(source.node);
  }
  return found;
}

function bindCall(index: ProgramIndex, callee: AnyNode, args: readonly AnyNode[]): void {
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    const method = callee.property.name;
    if (method === 'call') {
      bindParams(index, calleeFunctions(index, callee.object), args.slice(1));
      return;
    }
    if (method === 'apply') {
      const list = args[1];
      if (list?.type === 'ArrayExpression') {
        const items = list.elements.filter((e) => e !== null) as AnyNode[];
        bindParams(index, calleeFunctions(index, callee.object), items);
      }
      return;
    }
    const first = args[0];
    if (first && (method === 'reduce' || method === 'reduceRight')) {
      // `xs.reduce((acc, x) => ..., init)`: `x` is an element, `acc` the initial value (or an element).
      for (const fn of calleeFunctions(index, first)) {
        const [acc, element] = fn.params;
        bindSource(index, element, { kind: 'element', node: callee.object });
        bindSource(index, acc, { kind: 'element', node: callee.object });
        const init = args[1];
        if (init && init.type !== 'SpreadElement')
          bindSource(index, acc, { kind: 'expression', node: init, path: [] });
      }
      return;
    }
    if (first && (ELEMENT_CALLBACKS.has(method) || VALUE_CALLBACKS.has(method))) {
      const fns = calleeFunctions(index, first);
      for (const fn of fns) {
        const param = fn.params[0];
        if (param?.type !== 'Identifier') continue;
        const binding = index.bindingOfDeclared(param);
        if (!binding) continue;
        binding.sources.push(
          ELEMENT_CALLBACKS.has(method)
            ? { kind: 'element', node: callee.object }
            : { kind: 'expression', node: callee.object, path: [] },
        );
      }
    }
    return;
  }
  bindParams(index, calleeFunctions(index, callee), args);
}

function bindSource(index: ProgramIndex, param: AnyNode | undefined, source: BindingSource): void {
  if (param?.type !== 'Identifier') return;
  index.bindingOfDeclared(param)?.sources.push(source);
}

function bindParams(index: ProgramIndex, fns: readonly FunctionNode[], args: readonly AnyNode[]): void {
  for (const fn of fns) {
    const list = index.callArguments.get(fn);
    if (list) list.push(...args);
    else index.callArguments.set(fn, [...args]);
    fn.params.forEach((param, i) => {
      if (param.type === 'RestElement' && param.argument.type === 'Identifier') {
        // `(...xs)`: the array of the remaining arguments, recorded as writes under unknown keys.
        const rest = index.bindingOfDeclared(param.argument);
        for (const arg of args.slice(i)) {
          rest?.writes.push({ key: null, value: arg.type === 'SpreadElement' ? arg.argument : arg });
        }
        return;
      }
      const arg = args[i];
      if (!arg || arg.type === 'SpreadElement') return;
      for (const { id, path } of patternNames(param)) {
        index.bindingOfDeclared(id)?.sources.push({ kind: 'expression', node: arg, path });
      }
    });
  }
}

function recordStoringCall(index: ProgramIndex, call: Node<'CallExpression'>): void {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
  if (callee.property.name === 'defineProperty' && callee.object.type === 'Identifier') {
    recordDefineProperty(index, call);
    return;
  }
  if (ACCESSOR_DEFINERS.has(callee.property.name)) {
    // `o.__defineGetter__(k, fn)`: reading `o[k]` runs `fn`.
    const binding = boundName(index, callee.object);
    const [key, fn] = call.arguments;
    if (binding && key && fn && key.type !== 'SpreadElement' && fn.type !== 'SpreadElement')
      binding.writes.push({ key, value: fn, getter: callee.property.name === '__defineGetter__' });
    return;
  }
  if (!STORING_METHODS.has(callee.property.name)) return;
  const binding = boundName(index, callee.object);
  if (!binding) return;
  for (const arg of call.arguments) {
    binding.writes.push({ key: null, value: arg.type === 'SpreadElement' ? arg.argument : arg });
  }
}

/** `Object.defineProperty(o, k, { value: v })` / `{ get: fn }`: a write of `v`, or of the getter `fn`. */
function recordDefineProperty(index: ProgramIndex, call: Node<'CallExpression'>): void {
  const [target, key, descriptor] = call.arguments;
  if (!target || !key || descriptor?.type !== 'ObjectExpression' || key.type === 'SpreadElement') return;
  const binding = boundName(index, target);
  if (!binding) return;
  for (const prop of descriptor.properties) {
    if (prop.type !== 'Property' || prop.computed || prop.key.type !== 'Identifier') continue;
    if (prop.key.name === 'value') binding.writes.push({ key, value: prop.value });
    if (prop.key.name === 'get') binding.writes.push({ key, value: prop.value, getter: true });
  }
}

/** `try { throw x } catch (e) {}`: `e` may be any value thrown inside the `try` block. */
function bindCatchClauses(index: ProgramIndex, checkBudget: BudgetCheck): void {
  const throws = index.nodesOfType('ThrowStatement');
  if (throws.length === 0) return;
  let n = 0;
  for (const clause of index.nodesOfType('CatchClause')) {
    const param = clause.param;
    const tryNode = index.parentOf(clause);
    if (!param || tryNode?.type !== 'TryStatement') continue;
    const block = tryNode.block;
    for (const thrown of throws) {
      if (++n % (STRIDE * 16) === 0) checkBudget();
      if (thrown.start < block.start || thrown.end > block.end) continue;
      for (const { id, path } of patternNames(param)) {
        index.bindingOfDeclared(id)?.sources.push({ kind: 'expression', node: thrown.argument, path });
      }
    }
  }
}
