/*---
id: errors-27-disposable-cleanup-pattern
description: "Releases resources in reverse order in finally blocks even when the work throws."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: { error: "work failed", released: ["file", "lock"] } }
  high-security:   { outcome: allowed, value: { error: "work failed", released: ["file", "lock"] } }
  tenant-isolated: { outcome: allowed, value: { error: "work failed", released: ["file", "lock"] } }
---*/
const released = [];
const acquire = (name) => ({ name, release() { released.push(name); } });
let error = null;
try {
  const lock = acquire('lock');
  try {
    const file = acquire('file');
    try { throw new Error('work failed'); } finally { file.release(); }
  } finally { lock.release(); }
} catch (e) { error = e.message; }
return { error, released };
