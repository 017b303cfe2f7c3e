/*---
id: syntax-09-getters-setters
description: "Defines accessor properties in an object literal that validate and normalise writes."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["CELSIUS", 100, 212] }
  high-security:   { outcome: allowed, value: ["CELSIUS", 100, 212] }
  tenant-isolated: { outcome: allowed, value: ["CELSIUS", 100, 212] }
---*/
const temp = {
  _c: 0,
  unit: 'celsius',
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get label() { return this.unit.toUpperCase(); },
};
temp.f = 212;
return [temp.label, temp._c, temp.f];
