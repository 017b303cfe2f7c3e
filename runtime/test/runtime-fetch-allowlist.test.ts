/**
 * `fetch` in tenant-isolated reaches only the tenant's allowlisted origins, against a real HTTP server
 * on loopback: a refused origin, a redirect to a refused origin, an oversized response, a slow one.
 *
 * No outcome here depends on how fast a busy machine is: requests that must succeed have the default
 * 5 s request timeout and the profile's deadline; the slow endpoint never answers, so what cuts it is
 * whichever bound is far shorter (a 300 ms request timeout under a 15 s deadline, or a 200 ms deadline
 * under a 5 s request timeout), never a race between two close durations.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime } from '../runtime.js';
import { outcome } from './helpers.js';

let server: Server;
let origin = '';
let rt: ReturnType<typeof createRuntime>;
/** A runtime whose request timeout (300 ms) is far below the execution deadline (15 s). */
let shortFetch: ReturnType<typeof createRuntime>;

test.before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/redirect-out') {
      res.writeHead(302, { location: 'http://127.0.0.2:9/elsewhere' }).end();
    } else if (req.url === '/redirect-in') {
      res.writeHead(302, { location: '/data' }).end();
    } else if (req.url === '/big') {
      res.end('x'.repeat(300_000));
    } else if (req.url === '/slow') {
      // Never answers: the connection ends with the server, in the after hook.
    } else {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ path: req.url, method: req.method }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  rt = createRuntime({
    pool: { min: 0 },
    fetchAllowlist: { trusted: [origin] },
    fetch: { maxResponseBytes: 100_000 },
  });
  shortFetch = createRuntime({
    processes: 1,
    pool: { min: 0 },
    fetchAllowlist: { trusted: [origin] },
    fetch: { timeoutMs: 300 },
  });
});

const get = (path: string, tenantId = 'trusted', timeoutMs?: number, runtime = rt) =>
  outcome(runtime, {
    code: `const r = await fetch(${JSON.stringify(origin + path)}); return { status: r.status, body: await r.json() }`,
    profile: 'tenant-isolated',
    tenantId,
    scan: false,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });

test('an allowlisted origin is reached and its data copied in', async () => {
  assert.equal(await get('/data'), {
    ok: true,
    value: { status: 200, body: { path: '/data', method: 'GET' } },
    logs: [],
  });
});

test('a redirect inside the allowlist is followed', async () => {
  assert.equal(await get('/redirect-in'), {
    ok: true,
    value: { status: 200, body: { path: '/data', method: 'GET' } },
    logs: [],
  });
});

test('a tenant without an allowlist reaches nothing (the default)', async () => {
  assert.equal(await get('/data', 'stranger'), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'TypeError',
  });
});

test('a redirect to a refused origin is refused', async () => {
  assert.equal(await get('/redirect-out'), { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'TypeError' });
});

test('an oversized response is refused', async () => {
  assert.equal(await get('/big'), { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'TypeError' });
});

test('a slow response is cut by the request timeout', async () => {
  assert.equal(await get('/slow', 'trusted', undefined, shortFetch), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'TypeError',
  });
});

test('a slow response is cut by the execution deadline', async () => {
  assert.equal(await get('/slow', 'trusted', 200), { ok: false, code: 'ERR_TIMEOUT' });
});

test('other schemes are refused', async () => {
  const o = await outcome(rt, {
    code: 'try { await fetch("file:///etc/passwd") } catch (e) { return e.message }',
    profile: 'tenant-isolated',
    tenantId: 'trusted',
    scan: false,
  });
  assert.equal(o, { ok: true, value: 'fetch failed: only http and https', logs: [] });
});

test('fetch is absent from the other profiles', async () => {
  for (const profile of ['ultra-secure', 'high-security']) {
    assert.equal(await outcome(rt, { code: 'return typeof fetch', profile, scan: false }), {
      ok: true,
      value: 'undefined',
      logs: [],
    });
  }
});

test.after(async () => {
  await Promise.all([rt?.dispose(), shortFetch?.dispose()]);
  server?.closeAllConnections();
  server?.close();
});
test.run();
