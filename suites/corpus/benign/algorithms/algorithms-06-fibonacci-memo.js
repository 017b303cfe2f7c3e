/*---
id: algorithms-06-fibonacci-memo
description: "Computes Fibonacci numbers with memoisation, using BigInt past the safe-integer range."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { f30: 832040, f90: "2880067194370816120" } }
  high-security:   { outcome: allowed, value: { f30: 832040, f90: "2880067194370816120" } }
  tenant-isolated: { outcome: allowed, value: { f30: 832040, f90: "2880067194370816120" } }
---*/
const memo = new Map([[0, 0n], [1, 1n]]);
const fib = (k) => {
  if (!memo.has(k)) memo.set(k, fib(k - 1) + fib(k - 2));
  return memo.get(k);
};
return { f30: Number(fib(30)), f90: fib(90).toString() };
