/**
 * Issue #15: an account has at most ACTIVE_TOKENS_MAX live API tokens. The 21st is CONFLICT with the
 * limit; a revoked or an expired token no longer counts, so one can then be made again.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIVE_TOKENS_MAX } from '../../../src/modules/api-tokens/api-tokens.constants.js';
import { code, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { CREATE, createToken, LIST, REVOKE, setExpiresAt } from './api-token-helpers.js';

let app: TestApp;
let carol: Session;
before(async () => {
  app = await startTestApp();
  carol = await registerCustomer(app, 'carol-tokens@example.com');
});
after(() => app.close());

const createOneMore = () => app.gql(CREATE, { input: { name: 'one too many', scope: 'READ', expiresInDays: 1 } }, carol.accessToken);

test(`at most ${ACTIVE_TOKENS_MAX} live tokens; a revoked or expired one frees its place`, async () => {
  const made = [];
  for (let i = 0; i < ACTIVE_TOKENS_MAX; i++) made.push(await createToken(app, carol, { name: `script ${i}` }));
  const refused = await createOneMore();
  assert.equal(code(refused), 'CONFLICT');
  assert.equal(refused.errors?.[0]?.extensions?.limit, ACTIVE_TOKENS_MAX);
  assert.equal((await app.gql(LIST, {}, carol.accessToken)).data.apiTokens.length, ACTIVE_TOKENS_MAX, 'nothing was made');

  const revoked = await app.gql(REVOKE, { id: made[0].apiToken.id }, carol.accessToken);
  assert.equal(revoked.errors, undefined, JSON.stringify(revoked.errors));
  const afterRevoke = await createOneMore();
  assert.equal(afterRevoke.errors, undefined, JSON.stringify(afterRevoke.errors));
  assert.equal(code(await createOneMore()), 'CONFLICT');

  await setExpiresAt(app, made[1].apiToken.id, new Date(Date.now() - 1000));
  const afterExpiry = await createOneMore();
  assert.equal(afterExpiry.errors, undefined, JSON.stringify(afterExpiry.errors));
});
