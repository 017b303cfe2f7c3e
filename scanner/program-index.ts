/**
 * One iterative walk over a parsed program that records what every rule needs: each node's parent, the
 * nodes of each type (rules iterate only the types they care about), scopes and bindings, and which
 * identifiers are references rather than keys, labels or declarations. The walk uses an explicit stack, so
 * deep trees (long `a+a+...` chains acorn accepts) cannot overflow the host stack.
 */
import type { AnyNode, Program } from 'acorn';
import { addFlowFacts } from './flow-facts.js';
import { type Binding, type BindingSource, patternNames, Scope } from './scope.js';
import { VISITOR_KEYS } from './visitor-keys.js';

/** Called every few hundred nodes; throws to abort a scan that is over its time budget. */
export type BudgetCheck = () => void;

/** The walk's explicit stack, as parallel arrays (no per-node frame objects). */
interface WalkStack {
  readonly nodes: AnyNode[];
  readonly parents: Array<AnyNode | undefined>;
  readonly scopes: Scope[];
}
type Identifier = AnyNode & { type: 'Identifier' };
type WithParent = AnyNode & { parent?: AnyNode | undefined };
type FunctionNode = Extract<
  AnyNode,
  { type: 'FunctionDeclaration' | 'FunctionExpression' | 'ArrowFunctionExpression' }
>;

const BLOCK_SCOPE_TYPES = new Set([
  'BlockStatement',
  'StaticBlock',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'SwitchStatement',
]);
const SCALAR_KEYS = new Set([
  'type',
  'start',
  'end',
  'loc',
  'range',
  'raw',
  'name',
  'value',
  'regex',
  'bigint',
  'parent',
]);
const BUDGET_STRIDE = 512;
const KEEPS_RIGHT = new Set(['=', '||=', '&&=', '??=']);
const OPAQUE: BindingSource = Object.freeze({ kind: 'opaque' });

/** The facts the walk collected about one program. */
export class ProgramIndex {
  readonly program: Program;
  /** The runtime's wrapper function, whose `this` is treated as the global object; absent for decoded bodies. */
  readonly wrapper: AnyNode | undefined;
  readonly #byType = new Map<string, AnyNode[]>();
  readonly #scopes = new Map<AnyNode, Scope>();
  readonly #bindingIds = new Set<AnyNode>();
  readonly #references: Identifier[] = [];
  readonly #assignments: Array<{ target: AnyNode; value: AnyNode | null; scope: Scope }> = [];
  readonly #declared = new Map<AnyNode, Binding>();
  readonly #loopTargets: Array<{
    node: AnyNode & { type: 'ForInStatement' | 'ForOfStatement' };
    scope: Scope;
  }> = [];
  readonly #sharedBodies = new Set<AnyNode>();
  /** The argument lists of the calls attributed to each function literal (what its `arguments` holds). */
  readonly callArguments = new Map<AnyNode, AnyNode[]>();

  constructor(program: Program, wrapper: AnyNode | undefined, checkBudget: BudgetCheck) {
    this.program = program;
    this.wrapper = wrapper;
    this.#walk(checkBudget);
    this.#bindAssignments();
    this.#bindLoopTargets();
    addFlowFacts(this, checkBudget);
  }

  /** The binding a declared name (a declaration's, parameter's or `catch` clause's identifier) introduces. */
  bindingOfDeclared(id: AnyNode): Binding | undefined {
    return this.#declared.get(id);
  }

  /** The parent of `node`, or `undefined` for the program. */
  parentOf(node: AnyNode): AnyNode | undefined {
    return (node as WithParent).parent;
  }

  /** Every node of `type`, in source order. */
  nodesOfType<T extends AnyNode['type']>(type: T): ReadonlyArray<Extract<AnyNode, { type: T }>> {
    return (this.#byType.get(type) ?? []) as Array<Extract<AnyNode, { type: T }>>;
  }

  /** Identifiers in reference position (not keys, labels or declared names), in source order. */
  get references(): readonly Identifier[] {
    return this.#references;
  }

  /** The scope an identifier reference or `this` appears in. */
  scopeOf(node: AnyNode): Scope | undefined {
    return this.#scopes.get(node);
  }

  /** The binding an identifier reference resolves to, or `undefined` for a global (free) reference. */
  bindingOf(id: Identifier): Binding | undefined {
    return this.#scopes.get(id)?.lookup(id.name);
  }

  /** Whether `id` is a reference to a global: in reference position, with no local binding. */
  isFreeReference(id: Identifier): boolean {
    const scope = this.#scopes.get(id);
    return scope !== undefined && scope.lookup(id.name) === undefined;
  }

  /** Whether a `this` expression denotes the global object (outside any function or class of the snippet). */
  isGlobalThis(node: AnyNode): boolean {
    const scope = this.#scopes.get(node);
    return scope !== undefined && scope.thisOwner === null;
  }

  #walk(checkBudget: BudgetCheck): void {
    const root = new Scope(undefined, true, null);
    const stack: WalkStack = { nodes: [this.program], parents: [undefined], scopes: [root] };
    let visited = 0;
    while (stack.nodes.length > 0) {
      const node = stack.nodes.pop() as AnyNode;
      const parent = stack.parents.pop();
      const scope = stack.scopes.pop() as Scope;
      if (++visited % BUDGET_STRIDE === 0) checkBudget();
      // A property rather than a Map: cheaper on the hot path. Each scan parses its own tree, so nothing is shared.
      (node as WithParent).parent = parent;
      const list = this.#byType.get(node.type);
      if (list) list.push(node);
      else this.#byType.set(node.type, [node]);
      const inner = this.#enter(node, parent, scope);
      pushChildren(stack, node, inner);
    }
  }

  /** Records declarations and references for `node`; returns the scope its children live in. */
  #enter(node: AnyNode, parent: AnyNode | undefined, scope: Scope): Scope {
    switch (node.type) {
      case 'Identifier':
        if (!this.#bindingIds.has(node) && isReferencePosition(node, parent)) {
          this.#scopes.set(node, scope);
          this.#references.push(node);
        }
        return scope;
      case 'ThisExpression':
        this.#scopes.set(node, scope);
        return scope;
      case 'VariableDeclaration':
        for (const declarator of node.declarations) {
          const target = node.kind === 'var' ? scope.functionScope() : scope;
          this.#declarePattern(declarator.id, target, declarator.init ?? undefined);
        }
        return scope;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return this.#enterFunction(node, scope);
      case 'ClassDeclaration':
      case 'ClassExpression':
        if (node.id) {
          this.#bindingIds.add(node.id);
          scope.declare(node.id.name).sources.push({ kind: 'declaration', node });
        }
        return scope;
      case 'ClassBody':
        return new Scope(scope, false, node);
      case 'CatchClause': {
        const inner = new Scope(scope, false, scope.thisOwner);
        if (node.param) this.#declarePattern(node.param, inner, undefined);
        return inner;
      }
      case 'AssignmentExpression':
        // `k ??= v` may store `v`; `k += s` stores something the resolver does not track.
        this.#assignments.push({
          target: node.left,
          value: KEEPS_RIGHT.has(node.operator) ? node.right : null,
          scope,
        });
        return scope;
      case 'UpdateExpression':
        this.#assignments.push({ target: node.argument, value: null, scope });
        return scope;
      case 'ForInStatement':
      case 'ForOfStatement':
        this.#loopTargets.push({ node, scope });
        return new Scope(scope, false, scope.thisOwner);
      default:
        if (BLOCK_SCOPE_TYPES.has(node.type) && !this.#sharedBodies.has(node)) {
          return new Scope(scope, false, scope.thisOwner);
        }
        return scope;
    }
  }

  #enterFunction(node: FunctionNode, scope: Scope): Scope {
    const fn = node;
    const isArrow = node.type === 'ArrowFunctionExpression';
    const thisOwner = isArrow ? scope.thisOwner : node === this.wrapper ? null : node;
    const inner = new Scope(scope, true, thisOwner);
    if (fn.id) {
      this.#bindingIds.add(fn.id);
      const home = node.type === 'FunctionDeclaration' ? scope : inner;
      home.declare(fn.id.name).sources.push({ kind: 'declaration', node });
    }
    for (const param of fn.params) this.#declarePattern(param, inner, undefined);
    if (fn.body.type === 'BlockStatement') this.#sharedBodies.add(fn.body);
    return inner;
  }

  #declarePattern(pattern: AnyNode, scope: Scope, init: AnyNode | undefined): void {
    for (const { id, path, fallback } of patternNames(pattern)) {
      this.#bindingIds.add(id);
      const binding = scope.declare(id.name);
      this.#declared.set(id, binding);
      if (init) binding.sources.push({ kind: 'expression', node: init, path });
      if (fallback) binding.sources.push({ kind: 'expression', node: fallback, path: [] });
    }
  }

  /** Adds `x = value` (and `({a: x} = value)`) as sources of the bindings they write, once scopes are complete. */
  #bindAssignments(): void {
    for (const { target, value, scope } of this.#assignments) {
      const names =
        target.type === 'Identifier'
          ? [{ id: target, path: [] }]
          : target.type === 'ObjectPattern' || target.type === 'ArrayPattern'
            ? patternNames(target)
            : [];
      for (const { id, path } of names) {
        scope.lookup(id.name)?.sources.push(value ? { kind: 'expression', node: value, path } : OPAQUE);
      }
    }
  }

  /** `for (k in o)` makes `k` unknown; `for (x of xs)` binds `x` to any element of `xs`. */
  #bindLoopTargets(): void {
    for (const { node, scope } of this.#loopTargets) {
      const left = node.left;
      const pattern = left.type === 'VariableDeclaration' ? left.declarations[0]?.id : left;
      if (!pattern) continue;
      for (const { id } of patternNames(pattern)) {
        const binding = this.#declared.get(id) ?? scope.lookup(id.name);
        if (!binding) continue;
        const simple = node.type === 'ForOfStatement' && pattern.type === 'Identifier';
        binding.sources.push(simple ? { kind: 'element', node: node.right } : OPAQUE);
      }
    }
  }
}

/** Pushes the children of `node`, last first, so that they are visited in source order. */
function pushChildren(stack: WalkStack, node: AnyNode, scope: Scope): void {
  const record = node as unknown as Record<string, unknown>;
  const keys = VISITOR_KEYS[node.type] ?? enumerableKeys(record);
  for (let k = keys.length - 1; k >= 0; k--) {
    const value = record[keys[k] as string];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (isNode(item)) push(stack, item, node, scope);
      }
    } else if (isNode(value)) {
      push(stack, value, node, scope);
    }
  }
}

function push(stack: WalkStack, node: AnyNode, parent: AnyNode, scope: Scope): void {
  stack.nodes.push(node);
  stack.parents.push(parent);
  stack.scopes.push(scope);
}

/** Child keys of a node type missing from {@link VISITOR_KEYS}: every property that may hold nodes. */
function enumerableKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter(
    (key) => !SCALAR_KEYS.has(key) || (key === 'value' && isNode(record[key])),
  );
}

function isNode(value: unknown): value is AnyNode {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Whether an identifier is a reference, as opposed to a property name, method name, label or meta property. */
function isReferencePosition(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return parent.object === node || parent.computed;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.key !== node || parent.computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return false;
    default:
      return true;
  }
}
