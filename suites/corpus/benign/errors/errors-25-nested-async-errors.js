/*---
id: errors-25-nested-async-errors
description: "Propagates an error through several async layers and catches it at the top with its original message."
kind: benign
category: errors
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { message: "db down", layers: ["repo", "service", "handler"] } }
  high-security:   { outcome: allowed, value: { message: "db down", layers: ["repo", "service", "handler"] } }
  tenant-isolated: { outcome: allowed, value: { message: "db down", layers: ["repo", "service", "handler"] } }
---*/
const layers = [];
const repo = async () => { layers.push('repo'); throw new Error('db down'); };
const service = async () => { layers.push('service'); return repo(); };
const handler = async () => { layers.push('handler'); return service(); };
try {
  await handler();
  return 'unreachable';
} catch (e) {
  return { message: e.message, layers: layers.reverse() };
}
