/**
 * The host side of `fetch` for profiles that grant it. The guest hands over a JSON string; the host
 * checks every hop against the tenant's origin allowlist (redirects are followed by hand, never by the
 * HTTP client), bounds the time by the execution's own deadline and the response size by a cap, and
 * hands back a JSON string. No host object crosses: the guest rebuilds a Response-like object from data.
 */

/** Which origins a tenant may reach, and the bounds of each request. */
export interface FetchPolicy {
  /** Exact origins (`https://api.example.com`, `http://127.0.0.1:8080`); empty means none. */
  allowedOrigins: readonly string[];
  /** Per-request time limit; the execution's deadline ends it sooner. */
  timeoutMs: number;
  /** Largest response body accepted, in bytes. */
  maxResponseBytes: number;
  /** Largest request body accepted, in bytes. */
  maxRequestBytes: number;
  /**
   * Requests one execution may have in flight at once (started and not yet delivered into the sandbox);
   * past it, `fetch` throws. With `maxResponseBytes`, this bounds what the host buffers per execution.
   */
  maxInFlight: number;
}

/** The default policy: no origin at all. */
export const DEFAULT_FETCH_POLICY: FetchPolicy = Object.freeze({
  allowedOrigins: Object.freeze([]),
  timeoutMs: 5_000,
  maxResponseBytes: 1024 * 1024,
  maxRequestBytes: 256 * 1024,
  maxInFlight: 4,
});

const MAX_REDIRECTS = 5;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const DROPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'cookie']);

interface GuestRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
}

class FetchRefused extends Error {}

function originOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchRefused('invalid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new FetchRefused('only http and https');
  return parsed.origin;
}

function parseRequest(text: unknown, policy: FetchPolicy): GuestRequest {
  if (typeof text !== 'string' || text.length > policy.maxRequestBytes + 16_384)
    throw new FetchRefused('request too large');
  const raw = JSON.parse(text) as Record<string, unknown>;
  const method = String(raw.method ?? 'GET').toUpperCase();
  if (!METHODS.has(method)) throw new FetchRefused('method not allowed');
  const headers: Record<string, string> = {};
  if (raw.headers !== null && typeof raw.headers === 'object') {
    for (const [k, v] of Object.entries(raw.headers as Record<string, unknown>)) {
      if (typeof v === 'string' && !DROPPED_HEADERS.has(k.toLowerCase())) headers[k] = v;
    }
  }
  const body = typeof raw.body === 'string' ? raw.body : null;
  return { url: String(raw.url), method, headers, body };
}

async function readBounded(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new FetchRefused(`response larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchAllowed(req: GuestRequest, policy: FetchPolicy, signal: AbortSignal): Promise<string> {
  let url = req.url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!policy.allowedOrigins.includes(originOf(url))) throw new FetchRefused('origin not allowed');
    const response = await fetch(url, {
      method: req.method,
      headers: req.headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? null : req.body,
      redirect: 'manual',
      signal,
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      url = new URL(location, url).toString();
      continue;
    }
    const body = await readBounded(response, policy.maxResponseBytes);
    const headers = [...response.headers.entries()].map(([k, v]) => [k.toLowerCase(), v]);
    return JSON.stringify({ status: response.status, statusText: response.statusText, url, headers, body });
  }
  throw new FetchRefused('too many redirects');
}

/** Hands a finished response (or a refusal) back to the guest's pending `fetch` promise. */
export type FetchDelivery = (ticket: number, responseJson: string) => Promise<void> | void;

/**
 * The fetch side of one context: `start` begins a request in the background and returns a ticket at once;
 * the response is delivered into the context by `deliver`. (isolated-vm's async callbacks cannot hand a
 * host promise to the guest, and a `Reference` must never be placed where the guest could reach it.)
 * `policyOf` gives the policy of the execution the context serves, read when each request starts.
 * `isOpen` turns false when the execution ends; the closer aborts every request still in flight, so none
 * outlives its execution or delivers into a later one. A request counts as in flight until its response
 * is inside the sandbox: at most `maxInFlight` at once, so the host buffers at most that many responses
 * of `maxResponseBytes` each for one execution (unbounded, 300 parallel 1 MiB responses once took a
 * sandbox process to 571 MiB under an 8 MB budget). A delivery is known to be inside when the call into
 * the isolate resolves, or sooner when the context's hardening script says how many it has received
 * (`delivered`, passed with each new request, so that a guest awaiting its responses can start the next
 * ones at once); that figure is capped by the deliveries the host made, so it can free no slot early.
 */
export function createFetchStarter(
  policyOf: () => FetchPolicy,
  isOpen: () => boolean,
  closers: Array<() => void>,
  deliver: FetchDelivery,
): (text: unknown, delivered: unknown) => number {
  const controller = new AbortController();
  closers.push(() => controller.abort());
  let tickets = 0;
  /** Deliveries handed to the isolate, and those whose call into it resolved. */
  let sent = 0;
  let landed = 0;
  const settle = async (ticket: number, text: unknown, policy: FetchPolicy): Promise<void> => {
    let response: string;
    try {
      const req = parseRequest(text, policy);
      const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(policy.timeoutMs)]);
      response = await fetchAllowed(req, policy, signal);
    } catch (error) {
      response = JSON.stringify({ error: error instanceof FetchRefused ? error.message : 'network error' });
    }
    sent++;
    if (isOpen()) await deliver(ticket, response);
  };
  return (text: unknown, delivered: unknown) => {
    if (!isOpen()) throw new TypeError('fetch: the execution has ended');
    const policy = policyOf();
    const seen = typeof delivered === 'number' && Number.isInteger(delivered) ? Math.min(delivered, sent) : 0;
    if (tickets - Math.max(landed, seen) >= policy.maxInFlight) {
      throw new TypeError(`fetch: at most ${policy.maxInFlight} requests in flight per execution`);
    }
    const ticket = ++tickets;
    void settle(ticket, text, policy)
      .catch(() => undefined)
      .finally(() => {
        landed++;
      });
    return ticket;
  };
}
