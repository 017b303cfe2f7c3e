/*---
id: errors-31-error-subclass-hierarchy
description: "Builds a two-level error hierarchy and dispatches on it with instanceof."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: ["http 404 -> client", "http 503 -> server", "other -> generic"] }
  high-security:   { outcome: allowed, value: ["http 404 -> client", "http 503 -> server", "other -> generic"] }
  tenant-isolated: { outcome: allowed, value: ["http 404 -> client", "http 503 -> server", "other -> generic"] }
---*/
class HttpError extends Error { constructor(status) { super(`http ${status}`); this.status = status; } }
class ClientError extends HttpError {}
class ServerError extends HttpError {}
const make = (s) => (s >= 500 ? new ServerError(s) : s >= 400 ? new ClientError(s) : new Error('other'));
return [404, 503, 0].map((s) => {
  const e = make(s);
  const kind = e instanceof ClientError ? 'client' : e instanceof ServerError ? 'server' : 'generic';
  return `${e.message} -> ${kind}`;
});
