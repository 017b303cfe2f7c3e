/*---
id: syntax-08-class-inheritance-super
description: "Extends a class, calls super in the constructor and in an overridden method."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["Rex says woof (animal)", "Animal", true] }
  high-security:   { outcome: allowed, value: ["Rex says woof (animal)", "Animal", true] }
  tenant-isolated: { outcome: allowed, value: ["Rex says woof (animal)", "Animal", true] }
---*/
class Animal {
  constructor(name) { this.name = name; }
  speak() { return '(animal)'; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = 'dog'; }
  speak() { return `${this.name} says woof ${super.speak()}`; }
}
const d = new Dog('Rex');
return [d.speak(), Object.getPrototypeOf(Dog).name, d instanceof Animal];
