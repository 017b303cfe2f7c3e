/*---
id: syntax-07-class-static-block
description: "Initialises static state in a class static block and reads it through a static getter."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { size: 3, first: "red" } }
  high-security:   { outcome: allowed, value: { size: 3, first: "red" } }
  tenant-isolated: { outcome: allowed, value: { size: 3, first: "red" } }
---*/
class Palette {
  static #colors;
  static {
    Palette.#colors = ['red', 'green', 'blue'];
  }
  static get info() { return { size: Palette.#colors.length, first: Palette.#colors[0] }; }
}
return Palette.info;
