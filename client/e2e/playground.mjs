// The GraphQL playground offline (#15 defect 4): every request to a host other than the portal's
// is aborted, as on an air-gapped install; the bundled GraphiQL must still render, under the
// app's CSP, with the README's operations as tabs, sign in through its helper bar, and run a query
// with a personal API token instead.
import assert from 'node:assert/strict';
import { gql, login } from './api.mjs';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
const TAB_NAMES = ['Me', 'SummaryCards', 'EarningsChart', 'NodeTable', 'NodeDetails', 'ActivityFeed', 'EpochGuard', 'NeedsAttention'];

/** A read-only personal API token of `user`, created with a signed-in session. */
async function createApiToken(base, user) {
  const session = await login(base, user);
  const created = await gql(base, 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }', session, {
    input: { name: `e2e playground ${Date.now()}`, scope: 'READ', expiresInDays: 1 },
  });
  return created.createApiToken.token;
}

/** Opens /graphql with the internet cut off, signs in as `user` and runs the first tab (`me`). */
export async function playgroundOffline(page, base, user, shot) {
  const leftTheHost = [];
  const cspViolations = [];
  const onConsole = (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  };
  page.on('console', onConsole);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
    leftTheHost.push(url);
    return route.abort('internetdisconnected');
  });
  try {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor();
    for (const name of TAB_NAMES) await page.locator('.graphiql-tab').filter({ hasText: name }).first().waitFor();

    await page.getByLabel('Password').fill('not-the-password');
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.playground-error').filter({ hasText: /\S/ }).waitFor();
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('playground-signed-in').filter({ hasText: user.email }).waitFor();

    await page.locator('.graphiql-tab').filter({ hasText: 'Me' }).first().click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').filter({ hasText: user.email }).waitFor();
    await shot('13-playground-offline');

    // An integrator's personal API token (made here over HTTP, as a script would) instead of a sign-in.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const token = await createApiToken(base, user);
    await page.getByLabel('API token', { exact: true }).fill(token);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByTestId('playground-api-token').filter({ hasText: user.email }).waitFor();
    await page.locator('.graphiql-tab').filter({ hasText: 'Me' }).first().click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').filter({ hasText: user.email }).waitFor();
    // And one of the README's example operations with that token: the summary cards' figures.
    await page.locator('.graphiql-tab').filter({ hasText: 'SummaryCards' }).first().click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').filter({ hasText: '"earningsMonth"' }).waitFor();
    const response = await page.locator('.graphiql-response').first().innerText();
    assert.match(response, /"activeNodes": \d+/, 'the README example ran with the token');
    assert.doesNotMatch(response, /"errors"/);
  } finally {
    page.off('console', onConsole);
    await page.unroute('**/*');
  }
  assert.deepEqual(leftTheHost, [], 'the playground asks nothing of any other host');
  assert.deepEqual(cspViolations, [], 'the playground runs under the app CSP');
}
