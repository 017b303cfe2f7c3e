/*---
id: look-alike-47-new-target
description: "Uses new.target inside a constructor function to detect calls without new."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["with new", "without new"] }
  high-security:   { outcome: allowed, value: ["with new", "without new"] }
  tenant-isolated: { outcome: allowed, value: ["with new", "without new"] }
---*/
function Widget() { return new.target ? this : 'without new'; }
Widget.prototype.kind = 'with new';
return [new Widget().kind, Widget()];
