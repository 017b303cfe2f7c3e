/*---
id: async-21-event-emitter-async
description: "Implements a tiny event emitter whose async listeners are awaited in registration order."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["a:start", "b:start", "done"] }
  high-security:   { outcome: allowed, value: ["a:start", "b:start", "done"] }
  tenant-isolated: { outcome: allowed, value: ["a:start", "b:start", "done"] }
---*/
const listeners = [];
const on = (fn) => listeners.push(fn);
const emit = async (e) => { for (const fn of listeners) await fn(e); };
const log = [];
on(async (e) => { log.push(`a:${e}`); });
on(async (e) => { await null; log.push(`b:${e}`); });
await emit('start');
log.push('done');
return log;
