/**
 * Whether the global object or the Error constructors escape into flows the resolver does not model. A
 * reference to them is modelled when it is read with a key (`globalThis.x`, `Error.captureStackTrace`),
 * called or constructed, compared, probed with `typeof`, extended, or bound to a name (the resolver follows
 * names). Anything else (an array element, a call argument, a returned, yielded, thrown, resolved or stored
 * value) hands the value to a flow the scanner may lose: `new Set([globalThis]).values().next().value`.
 * A code string that returns `this` (`Function('return this')`) also makes the global object, unseen.
 */
import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';
import type { Value } from './value.js';
import type { ValueResolver } from './value-resolver.js';

/** The Error constructors, whose statics hold the stack-trace hooks. */
const ERROR_CONSTRUCTORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
]);
const CODE_RETURNING_THIS = /\breturn\s*\(?\s*this\b|^\s*this\s*;?\s*$|globalThis/;

/** What escaped, with one node for each to point at. */
export interface Escapes {
  readonly globalObject: AnyNode | undefined;
  readonly errorConstructor: AnyNode | undefined;
}

/** What the escape analysis reads. */
export interface EscapeContext {
  readonly index: ProgramIndex;
  readonly values: ValueResolver;
  checkBudget(): void;
}

const MEMO = new WeakMap<ProgramIndex, Escapes>();

/** The escapes of one program (memoized per program). */
export function escapes(ctx: EscapeContext): Escapes {
  const known = MEMO.get(ctx.index);
  if (known) return known;
  let globalObject: AnyNode | undefined;
  let errorConstructor: AnyNode | undefined;
  const candidates: AnyNode[] = [
    ...ctx.index.references,
    ...ctx.index.nodesOfType('ThisExpression'),
    ...ctx.index.nodesOfType('MemberExpression'),
  ];
  let n = 0;
  for (const node of candidates) {
    if (globalObject && errorConstructor) break;
    if (++n % 512 === 0) ctx.checkBudget();
    const value = ctx.values.resolve(node);
    const isGlobal = value.kind === 'global-object';
    const isError = isErrorConstructor(value);
    if (!isGlobal && !isError) continue;
    if (isModelledPosition(ctx.index, node, isError)) continue;
    if (isGlobal) globalObject ??= node;
    else errorConstructor ??= node;
  }
  if (!globalObject) {
    for (const lit of ctx.index.nodesOfType('Literal')) {
      if (
        typeof lit.value === 'string' &&
        isCodeArgument(ctx.index, lit) &&
        CODE_RETURNING_THIS.test(lit.value)
      ) {
        globalObject = lit;
        break;
      }
    }
  }
  const result = { globalObject, errorConstructor };
  MEMO.set(ctx.index, result);
  return result;
}

function isErrorConstructor(value: Value): boolean {
  return value.kind === 'global' && ERROR_CONSTRUCTORS.has(value.name);
}

/** A string literal given as an argument to a call or `new` (the form `Function(code)` takes). */
function isCodeArgument(index: ProgramIndex, lit: AnyNode): boolean {
  const parent = index.parentOf(lit);
  return (
    (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') &&
    parent.arguments.includes(lit as never)
  );
}

const COMPARISONS = new Set(['===', '!==', '==', '!=', 'instanceof', 'in']);

/** Whether a reference sits where the resolver models what happens to it. */
function isModelledPosition(index: ProgramIndex, node: AnyNode, isError: boolean): boolean {
  const parent = index.parentOf(node);
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === node;
    case 'CallExpression':
    case 'NewExpression':
      return parent.callee === node || isBoundParameter(index, parent, node);
    case 'BinaryExpression':
      return COMPARISONS.has(parent.operator);
    case 'UnaryExpression':
      return parent.operator === 'typeof' || parent.operator === 'void';
    case 'ClassDeclaration':
    case 'ClassExpression':
      return parent.superClass === node;
    case 'VariableDeclarator':
      return parent.init === node && parent.id.type === 'Identifier';
    case 'AssignmentExpression':
      return parent.right === node && parent.left.type === 'Identifier' && parent.operator === '=';
    case 'ExpressionStatement':
      return true;
    case 'ThrowStatement':
      // `throw new TypeError(...)` is a NewExpression; throwing the constructor itself hands it to `catch`.
      return false;
    case 'ArrayExpression':
      // `[TypeError, RangeError].some((E) => e instanceof E)`: lists of error classes are common and
      // only compared; the global object in an array is not.
      return isError && isOnlyCompared(index, parent);
    default:
      return false;
  }
}

/** An array literal of error classes consumed by `.includes`/`.some`/`.find`/`.indexOf`. */
function isOnlyCompared(index: ProgramIndex, array: AnyNode): boolean {
  const parent = index.parentOf(array);
  if (parent?.type !== 'MemberExpression' || parent.object !== array || parent.computed) return false;
  const name = parent.property.type === 'Identifier' ? parent.property.name : '';
  return ['includes', 'indexOf', 'some', 'every'].includes(name);
}

/**
 * An argument the resolver binds to a named parameter: of an immediately invoked function literal
 * (`(function (root, factory) { ... })(this, ...)`, the UMD header) that has no rest parameter and does
 * not read `arguments`. The parameter is followed like any name.
 */
function isBoundParameter(index: ProgramIndex, call: AnyNode, arg: AnyNode): boolean {
  if (call.type !== 'CallExpression' && call.type !== 'NewExpression') return false;
  let callee: AnyNode = call.callee;
  while (callee.type === 'ParenthesizedExpression') callee = callee.expression;
  if (callee.type !== 'FunctionExpression' && callee.type !== 'ArrowFunctionExpression') return false;
  const position = call.arguments.indexOf(arg as never);
  const param = callee.params[position];
  if (position < 0 || param?.type !== 'Identifier') return false;
  if (callee.params.some((p) => p.type === 'RestElement')) return false;
  return !readsArguments(index, callee);
}

const ARGUMENT_READERS = new WeakMap<ProgramIndex, ReadonlySet<AnyNode>>();

/** Whether a function reads its own `arguments`; one pass over the references per program. */
function readsArguments(index: ProgramIndex, fn: AnyNode): boolean {
  let readers = ARGUMENT_READERS.get(index);
  if (!readers) {
    const found = new Set<AnyNode>();
    for (const ref of index.references) {
      if (ref.name !== 'arguments') continue;
      // The function that owns `this` owns `arguments` (arrows have neither).
      const owner = index.scopeOf(ref)?.thisOwner;
      if (owner) found.add(owner);
    }
    readers = found;
    ARGUMENT_READERS.set(index, readers);
  }
  return readers.has(fn);
}
