// The GraphQL playground offline (#15 defect 4): every request to a host other than the portal's
// is aborted, as on an air-gapped install; the bundled GraphiQL must still render, under the
// app's CSP, with the README's operations as tabs, and sign in through its helper bar.
import assert from 'node:assert/strict';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
const TAB_NAMES = ['Me', 'SummaryCards', 'EarningsChart', 'NodeTable', 'NodeDetails', 'ActivityFeed', 'EpochGuard', 'NeedsAttention'];

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
  } finally {
    page.off('console', onConsole);
    await page.unroute('**/*');
  }
  assert.deepEqual(leftTheHost, [], 'the playground asks nothing of any other host');
  assert.deepEqual(cspViolations, [], 'the playground runs under the app CSP');
}
