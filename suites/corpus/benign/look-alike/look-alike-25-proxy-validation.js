/*---
id: look-alike-25-proxy-validation
description: "Wraps a local object in a Proxy that validates writes, a legitimate use of Proxy traps."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { age: 30, error: "TypeError", log: ["set age", "set age"] } }
  high-security:   { outcome: allowed, value: { age: 30, error: "TypeError", log: ["set age", "set age"] } }
  tenant-isolated: { outcome: allowed, value: { age: 30, error: "TypeError", log: ["set age", "set age"] } }
---*/
const log = [];
const person = new Proxy({}, {
  set(target, key, value) {
    log.push(`set ${String(key)}`);
    if (key === 'age' && typeof value !== 'number') throw new TypeError('age must be a number');
    target[key] = value;
    return true;
  },
});
person.age = 30;
let error = null;
try { person.age = 'old'; } catch (e) { error = e.name; }
return { age: person.age, error, log };
