import { ruleTests } from './rule-tester.js';

const HIGH = ['high-security', 'tenant-isolated'] as const;

ruleTests('lodash-gadget', {
  valid: [
    { code: 'const _ = require("lodash"); return _.get(input, "a.b.c");', profiles: HIGH },
    { code: 'const _ = require("lodash"); return _.get(input, ["a", 0, "b"]);', profiles: HIGH },
    { code: 'const _ = require("lodash"); return _.invoke(input, "items.slice", 1);', profiles: HIGH },
    // A constant template where the profile grants the Function constructor it compiles with.
    {
      code: 'const _ = require("lodash"); return _.template("Hello <%= user %>")({ user: "x" });',
      profiles: ['tenant-isolated'],
    },
    { code: 'const _ = require("lodash"); return _.at(input, ["a.b", "c[0]"]);', profiles: HIGH },
    { code: 'const _ = require("lodash"); return _.chunk(input.list, 2);', profiles: HIGH },
    // A user object with a `get` method is not lodash.
    { code: 'const _ = { get: (o, p) => o[p] }; return _.get(input, input.p);', profiles: HIGH },
    // Not a finding where lodash is not granted (require-module reports the require itself).
    {
      code: 'const _ = require("lodash"); return _.get(_, "constructor.constructor");',
      profiles: ['ultra-secure'],
    },
  ],
  invalid: [
    {
      code: 'const _ = require("lodash"); return _.invoke(_, "constructor.constructor", "return 1")();',
      profiles: HIGH,
    },
    {
      code: 'const _ = require("lodash"); return _.get(_, ["constructor", "constructor"])("return 1")();',
      profiles: HIGH,
    },
    { code: 'const _ = require("lodash"); return _.result({}, "constructor.constructor");', profiles: HIGH },
    { code: 'const _ = require("lodash"); return _.property("constructor.constructor")(_);', profiles: HIGH },
    {
      code: 'const _ = require("lodash"); return _.method("constructor.constructor", "return 1")(_);',
      profiles: HIGH,
    },
    { code: 'const _ = require("lodash"); return _.get(_, input.path);', profiles: HIGH },
    {
      code: 'const l = require("lodash"); const p = "constr" + "uctor"; return l.get(l, [p, p]);',
      profiles: HIGH,
    },
    { code: 'const _ = require("lodash"); return _.get(globalThis, "process.env");', profiles: HIGH },
    { code: 'const _ = require("lodash"); return _.template(input.tpl)({});', profiles: HIGH },
    {
      code: 'const _ = require("lodash"); const t = _.template; return t(String(input.s))();',
      profiles: HIGH,
    },
    {
      code: 'const _ = require("lodash"); return _.template("<%= constructor.constructor(1) %>")();',
      profiles: HIGH,
    },
    // Where the Function constructor is forbidden, any template is code generation.
    {
      code: 'const _ = require("lodash"); return _.template("Hi <%= n %>")({ n: 1 });',
      profiles: ['high-security'],
    },
    {
      code: 'const _ = require("lodash"); return _.template("", { variable: "d" })({});',
      profiles: ['high-security'],
    },
    {
      code: 'const _ = require("lodash"); const k = ["tem", "plate"].join(""); return _[k]("x")();',
      profiles: HIGH,
    },
    { code: 'const _ = require("lodash"); return _[input.m](input.a);', profiles: HIGH },
    {
      code: 'const _ = require("lodash"); return _.invoke(_, input.x ? "template" : "noop", "<%= 1 %>")();',
      profiles: HIGH,
    },
    {
      code: 'const _ = require("lodash"); return _.flow([_.method("template", "<%= 2 %>"), (f) => f()])(_);',
      profiles: HIGH,
    },
    {
      code: 'const _ = require("lodash"); const [f] = _.at({ g: _.noop }, ["g.constructor"]); return f;',
      profiles: HIGH,
    },
  ],
});
