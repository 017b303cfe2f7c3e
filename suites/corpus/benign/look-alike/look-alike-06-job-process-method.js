/*---
id: look-alike-06-job-process-method
description: "Calls a process() method on a local job queue object, which has nothing to do with a host process."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { processed: ["a", "b", "c"], pending: 0 } }
  high-security:   { outcome: allowed, value: { processed: ["a", "b", "c"], pending: 0 } }
  tenant-isolated: { outcome: allowed, value: { processed: ["a", "b", "c"], pending: 0 } }
---*/
const job = {
  queue: ['a', 'b', 'c'],
  done: [],
  process() {
    while (this.queue.length) this.done.push(this.queue.shift());
    return this;
  },
};
const r = job.process();
return { processed: r.done, pending: r.queue.length };
