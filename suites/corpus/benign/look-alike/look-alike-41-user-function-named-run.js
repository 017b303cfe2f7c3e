/*---
id: look-alike-41-user-function-named-run
description: "Declares run, exec and spawn as ordinary local helpers, names a shell API would also use."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["run:a", "exec:b", "spawn:c"] }
  high-security:   { outcome: allowed, value: ["run:a", "exec:b", "spawn:c"] }
  tenant-isolated: { outcome: allowed, value: ["run:a", "exec:b", "spawn:c"] }
---*/
const run = (x) => `run:${x}`;
const exec = (x) => `exec:${x}`;
function spawn(x) { return `spawn:${x}`; }
return [run('a'), exec('b'), spawn('c')];
