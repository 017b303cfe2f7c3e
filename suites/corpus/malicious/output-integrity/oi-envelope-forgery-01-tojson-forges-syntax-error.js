/*---
id: oi-envelope-forgery-01-tojson-forges-syntax-error
description: "A one-shot Object.prototype.toJSON writes the whole result
  envelope: code that ran is reported (and audited) as ERR_SYNTAX"
kind: malicious
category: output-integrity
technique: OI-envelope-forgery
variant: plain
references:
  - "sandproof SECURITY.md, claim 7: results the guest cannot forge"
  - "ECMA-262 SerializeJSONProperty: toJSON is looked up through the prototype
    chain"
expect:
  ultra-secure:
    outcome: contained
    value: 7
  high-security:
    outcome: contained
    value: 7
  tenant-isolated:
    outcome: contained
    value: 7
---*/
// The result envelope used to be serialized with the guest's prototypes in reach: a one-shot
// Object.prototype.toJSON wrote the whole envelope, here a syntax error for code that ran.
Object.prototype.toJSON = function () {
  delete Object.prototype.toJSON;
  return { ok: false, syntax: { name: 'SyntaxError', message: 'Unexpected token' }, logs: [], dropped: 0 };
};
return 7;
