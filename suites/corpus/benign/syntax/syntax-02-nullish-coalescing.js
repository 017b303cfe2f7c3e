/*---
id: syntax-02-nullish-coalescing
description: "Uses ?? to keep falsy-but-valid settings (0, '', false) that || would throw away."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: { retries: 0, label: "", verbose: false, limit: 10, orRetries: 3 } }
  high-security:   { outcome: allowed, value: { retries: 0, label: "", verbose: false, limit: 10, orRetries: 3 } }
  tenant-isolated: { outcome: allowed, value: { retries: 0, label: "", verbose: false, limit: 10, orRetries: 3 } }
---*/
const cfg = { retries: 0, label: '', verbose: false, limit: null };
return {
  retries: cfg.retries ?? 3,
  label: cfg.label ?? 'none',
  verbose: cfg.verbose ?? true,
  limit: cfg.limit ?? 10,
  orRetries: cfg.retries || 3,
};
