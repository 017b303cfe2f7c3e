/*---
id: look-alike-48-generator-named-factory
description: "Declares a function named GeneratorFunction and AsyncFunction locally, names of hidden intrinsics, as plain helpers."
kind: benign
category: look-alike
flags: [async, look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [[0, 1, 2], "async-ok"] }
  high-security:   { outcome: allowed, value: [[0, 1, 2], "async-ok"] }
  tenant-isolated: { outcome: allowed, value: [[0, 1, 2], "async-ok"] }
---*/
function GeneratorFunction(n) { return Array.from({ length: n }, (_, i) => i); }
const AsyncFunction = async () => 'async-ok';
return [GeneratorFunction(3), await AsyncFunction()];
