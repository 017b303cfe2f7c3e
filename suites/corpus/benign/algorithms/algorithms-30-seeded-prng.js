/*---
id: algorithms-30-seeded-prng
description: "Draws from a seeded xorshift generator, the deterministic alternative to Math.random in a corpus."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: [[270369, 67634689, 2647435461], [270369, 67634689, 2647435461]] }
  high-security:   { outcome: allowed, value: [[270369, 67634689, 2647435461], [270369, 67634689, 2647435461]] }
  tenant-isolated: { outcome: allowed, value: [[270369, 67634689, 2647435461], [270369, 67634689, 2647435461]] }
---*/
const rng = (seed) => () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
};
const a = rng(1);
const b = rng(1);
return [[a(), a(), a()], [b(), b(), b()]];
