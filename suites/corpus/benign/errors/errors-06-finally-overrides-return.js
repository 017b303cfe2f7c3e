/*---
id: errors-06-finally-overrides-return
description: "Shows that a return inside finally overrides the try block's return value."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: "from finally" }
  high-security:   { outcome: allowed, value: "from finally" }
  tenant-isolated: { outcome: allowed, value: "from finally" }
---*/
function pick() {
  try {
    return 'from try';
  } finally {
    // A return here wins: a classic surprise worth pinning in a corpus.
    return 'from finally';
  }
}
return pick();
