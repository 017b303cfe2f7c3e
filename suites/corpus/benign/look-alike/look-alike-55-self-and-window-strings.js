/*---
id: look-alike-55-self-and-window-strings
description: "Checks for browser globals with typeof (window, self, document), finding none, like a feature detector."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { window: "undefined", document: "undefined", navigator: "undefined" } }
  high-security:   { outcome: allowed, value: { window: "undefined", document: "undefined", navigator: "undefined" } }
  tenant-isolated: { outcome: allowed, value: { window: "undefined", document: "undefined", navigator: "undefined" } }
---*/
return { window: typeof window, document: typeof document, navigator: typeof navigator };
