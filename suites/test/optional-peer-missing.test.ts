import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importOptionalPeer, MissingPeerError } from '../optional-peer.js';

const notFound = (name: string) =>
  Object.assign(new Error(`Cannot find package '${name}' imported from /x/y.js`), {
    code: 'ERR_MODULE_NOT_FOUND',
  });

test('a missing optional peer becomes an error naming the package to install', async () => {
  try {
    await importOptionalPeer('quickjs-emscripten', 'the quickjs adapter', async () => {
      throw notFound('quickjs-emscripten');
    });
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.instance(error, MissingPeerError);
    assert.is((error as MissingPeerError).code, 'ERR_MISSING_PEER');
    assert.match((error as Error).message, /npm i -D quickjs-emscripten/);
  }
});

test("a peer's own missing dependency is not mistaken for the peer being missing", async () => {
  try {
    await importOptionalPeer('quickjs-emscripten', 'the quickjs adapter', async () => {
      throw notFound('@jitl/quickjs-wasmfile-release-sync');
    });
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.not.instance(error, MissingPeerError);
  }
});

test('an installed peer loads', async () => {
  const mod = await importOptionalPeer('yaml', 'a test', () => import('yaml'));
  assert.type(mod.parse, 'function');
});

test.run();
