/*---
id: pp-host-intrinsic-08-path-setter-constructor-prototype
description: a dotted-path setter of the snippet's own given a path through
  constructor.prototype plants a value on Object.prototype, then climbs it to
  the Function constructor
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - "sandproof scanner evasion family: pollution payloads fed to generic merges
    and path setters"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  tenant-isolated:
    outcome: contained
    value: held
---*/
// A dotted-path setter of the snippet's own, given a path through constructor.prototype, plants a
// string on Object.prototype; the planted value is then climbed to the Function constructor.
function setIn(target, path, value) {
  const keys = path.split('.');
  let at = target;
  for (let i = 0; i < keys.length - 1; i++) at = at[keys[i]] ?? (at[keys[i]] = {});
  at[keys[keys.length - 1]] = value;
}
setIn({}, (input && input.path) || 'constructor.prototype.planted', 'x');
return ({}).planted.constructor.constructor('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';
