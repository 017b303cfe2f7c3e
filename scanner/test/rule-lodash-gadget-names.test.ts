import { ruleTests } from './rule-tester.js';

// lodash methods judged by what they do with a string name or path (scanner/lodash-api.ts).
const HIGH = ['high-security', 'tenant-isolated'] as const;
const NO_FUNCTION = ['high-security'] as const;
const L = 'const _ = require("lodash"); ';

ruleTests('lodash-gadget', {
  valid: [
    { code: `${L}return _.map(input.users, "profile.name")`, profiles: HIGH },
    { code: `${L}return _.sortBy(input.items, ["price", "id"])`, profiles: HIGH },
    { code: `${L}return _(input.items).map("id").uniq().value()`, profiles: HIGH },
    { code: `${L}return _.chain(input.rows).filter("active").map("name").value()`, profiles: HIGH },
    { code: `${L}const add1 = _.partial(_.add, 1); return add1(2)`, profiles: HIGH },
    { code: `${L}return _.map(["a", "b"], _.method("toUpperCase"))`, profiles: HIGH },
    { code: `${L}const o = { hi() { return 1 } }; return _.bindKey(o, "hi")()`, profiles: HIGH },
    { code: `${L}return _.invokeMap([[3, 1], [2]], "sort")`, profiles: HIGH },
    { code: `${L}return _.map(input.rows, input.field)`, profiles: HIGH },
    {
      code: `${L}const o = {}; _.set(o, "a.b", 1); _.update(o, "a.b", (n) => n + 1); return o`,
      profiles: HIGH,
    },
    // Function is granted here: a template handed on, or a method named Function, is not forbidden.
    {
      code: `${L}return _.map([input], _.method("Function", "return 1")).length`,
      profiles: ['tenant-isolated'],
    },
    { code: `${L}return _.map(["<%= 1 %>"], _.template).length`, profiles: ['tenant-isolated'] },
  ],
  invalid: [
    // A global function called by name: the walk starts at the global object, or names eval.
    { code: `${L}return _.method("ev" + "al", "1+1")(globalThis)`, profiles: HIGH },
    { code: `${L}return _.map([input], _.method("eval", "1"))`, profiles: HIGH },
    { code: `${L}return _.map([input], _.method("Function", "return 1"))`, profiles: NO_FUNCTION },
    { code: `${L}const g = [globalThis][0]; return _.bindKey(g, "Function")("return 1")()`, profiles: HIGH },
    { code: `${L}return _.invokeMap([self], "eval", "2")`, profiles: HIGH },
    { code: `${L}const run = _.partialRight(_.invoke, "eval", "3"); return run(globalThis)`, profiles: HIGH },
    { code: `${L}return _.partial(_.invoke, globalThis, "process")()`, profiles: HIGH },
    { code: `${L}return _(globalThis).invoke("eval", "4")`, profiles: HIGH },
    { code: `${L}return _.chain(globalThis).get("process").value()`, profiles: HIGH },
    // Stack-trace hooks by path.
    { code: `${L}_.set(Error, "stackTraceLimit", 99); return 1`, profiles: HIGH },
    {
      code: `${L}_.updateWith(RangeError, ["prepareStackTrace"], () => (e, s) => s); return 1`,
      profiles: HIGH,
    },
    { code: `${L}const o = {}; _.invoke(TypeError, "captureStackTrace", o); return o.stack`, profiles: HIGH },
    { code: `${L}return _.result(Error, "prepareStackTrace")`, profiles: HIGH },
    // String-path iteratees.
    { code: `${L}return _.map([Math.max], "constructor.constructor")[0]("return 1")()`, profiles: HIGH },
    { code: `${L}return _.keyBy([globalThis], "process.pid")`, profiles: HIGH },
    { code: `${L}return _.filter([globalThis], input.key)`, profiles: HIGH },
    { code: `${L}return _.property("constructor.constructor")(_.noop)("return 1")()`, profiles: HIGH },
    // _.template reached through a chain or handed on as a value, where Function is forbidden.
    { code: `${L}return _("<%= 5 %>").template()()`, profiles: NO_FUNCTION },
    { code: `${L}return _.chain("<%= 6 %>").trim().template().value()()`, profiles: NO_FUNCTION },
    { code: `${L}const [t] = _.map(["<%= 7 %>"], _.template); return t()`, profiles: NO_FUNCTION },
    { code: `${L}return _.flowRight(_.template)("<%= 8 %>")()`, profiles: NO_FUNCTION },
    { code: `${L}return _.overEvery([_.template])("x")`, profiles: NO_FUNCTION },
    { code: `${L}const fns = { t: _.template }; return fns.t("<%= 9 %>")()`, profiles: NO_FUNCTION },
  ],
});
