import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLError } from 'graphql';
import { errorLoggingPlugin } from '../../src/graphql/error-logging.plugin.js';
import { NodeLoadersFactory } from '../../src/modules/nodes/loaders/node-loaders.js';
import { captureLog } from '../helpers/log-capture.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Issue #11: an error that reaches the client as INTERNAL_SERVER_ERROR must be logged once, with the
// request id the client was given, whether or not it belongs to a field (has a `path`).
const log = captureLog();
let app: TestApp;
before(async () => {
  app = await startTestApp({ SIMULATOR: 'off' }, { logger: log.logger });
});
after(() => app.close());

const unexpected = (requestId: string) => log.lines().filter((l) => l.level === 50 && l.requestId === requestId && /unexpected/.test(l.msg));

test('a failure while building the request context is logged once with the request id it answers with', async () => {
  // A real fault in a real collaborator of the context (its loaders), restored afterwards.
  const loaders = app.running.app.get(NodeLoadersFactory);
  const create = loaders.create;
  loaders.create = () => {
    throw new Error('loaders exploded');
  };
  try {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ctx-failure-1' },
      body: JSON.stringify({ query: '{ serverInfo { name } }' }),
    });
    const body = (await res.json()) as any;
    assert.equal(res.status, 500);
    assert.deepEqual(body.errors[0], { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'ctx-failure-1' } });
  } finally {
    loaders.create = create;
  }
  const lines = unexpected('ctx-failure-1');
  assert.equal(lines.length, 1, JSON.stringify(log.lines().filter((l) => l.level >= 50)));
  assert.equal(lines[0].err.message, 'loaders exploded');
});

test('a request-level error (no path) that is shown as internal is logged once with the request id', async () => {
  // What Apollo hands the plugin when a hook before execution throws something unexpected (the stack
  // overflow of deep variables did exactly this): an error without a path.
  const captured = captureLog();
  const plugin = errorLoggingPlugin(captured.logger);
  const contextValue = { requestId: 'no-path-1' } as any;
  const listener = (await plugin.requestDidStart!({ contextValue } as any))!;
  const error = new GraphQLError('Maximum call stack size exceeded', { originalError: new RangeError('Maximum call stack size exceeded') });
  await listener.didEncounterErrors!({ errors: [error], contextValue } as any);
  const lines = captured.lines().filter((l) => l.requestId === 'no-path-1');
  assert.equal(lines.length, 1, JSON.stringify(captured.lines()));
  assert.equal(lines[0].level, 50);
  assert.equal(lines[0].err.type, 'RangeError');
});

test('an error thrown outside the stages Apollo catches is logged once with the request id', async () => {
  const captured = captureLog();
  const plugin = errorLoggingPlugin(captured.logger);
  await plugin.unexpectedErrorProcessingRequest!({ requestContext: { contextValue: { requestId: 'pipeline-1' } }, error: new TypeError('hook broke') } as any);
  const lines = captured.lines().filter((l) => l.requestId === 'pipeline-1');
  assert.equal(lines.length, 1, JSON.stringify(captured.lines()));
  assert.equal(lines[0].err.message, 'hook broke');
});

test('request errors the client caused are not logged as unexpected', async () => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'client-fault-1' },
    body: JSON.stringify({ query: '{ nope }' }),
  });
  assert.equal(res.status, 400);
  assert.equal(unexpected('client-fault-1').length, 0);
});
