/*---
id: syntax-19-default-params
description: "Uses default parameters that refer to earlier parameters and are evaluated at each call."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["10x10", "3x3", "3x4", "10x5", 2] }
  high-security:   { outcome: allowed, value: ["10x10", "3x3", "3x4", "10x5", 2] }
  tenant-isolated: { outcome: allowed, value: ["10x10", "3x3", "3x4", "10x5", 2] }
---*/
let calls = 0;
const nextDefault = () => { calls += 1; return 10; };
function area(w = nextDefault(), h = w) { return `${w}x${h}`; }
return [area(), area(3, undefined), area(3, 4), area(undefined, 5), calls];
