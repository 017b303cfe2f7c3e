/*---
id: errors-23-error-boundary-batch
description: "Processes a batch where some items throw, keeping going and reporting failures by index."
kind: benign
category: errors
input: { items: [10, 0, 5, null, 2] }
expect:
  ultra-secure:    { outcome: allowed, value: { results: [10, null, 20, null, 50], failed: [[1, "division by zero"], [3, "missing value"]] } }
  high-security:   { outcome: allowed, value: { results: [10, null, 20, null, 50], failed: [[1, "division by zero"], [3, "missing value"]] } }
  tenant-isolated: { outcome: allowed, value: { results: [10, null, 20, null, 50], failed: [[1, "division by zero"], [3, "missing value"]] } }
---*/
const results = [];
const failed = [];
input.items.forEach((x, i) => {
  try {
    if (x === null) throw new TypeError('missing value');
    if (x === 0) throw new RangeError('division by zero');
    results.push(100 / x);
  } catch (e) {
    results.push(null);
    failed.push([i, e.message]);
  }
});
return { results, failed };
