/*---
id: look-alike-46-bind-call-apply
description: "Uses bind, call and apply on ordinary user functions, the same methods attacks chain but harmlessly here."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [6, 15, "hi, Ann"] }
  high-security:   { outcome: allowed, value: [6, 15, "hi, Ann"] }
  tenant-isolated: { outcome: allowed, value: [6, 15, "hi, Ann"] }
---*/
function add(a, b, c) { return a + b + c; }
const greet = function (g) { return `${g}, ${this.name}`; };
return [add.call(null, 1, 2, 3), add.apply(null, [4, 5, 6]), greet.bind({ name: 'Ann' })('hi')];
