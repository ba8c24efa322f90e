// The customer's pages in Russian (issue #15: "renders Russian with no English server text"):
// the dashboard, the node list, every tab of a node page and the alerts, each checked for Latin
// words no rule allows (russian-texts.mjs). Every page is visited before the one assertion, so a
// run reports all of them at once.
import assert from 'node:assert/strict';
import { gql, login } from './api.mjs';
import { assertMonotonicYAxis } from './compact-number.mjs';
import { englishOn } from './russian-texts.mjs';

/** Words of the customer's data (node names, models, GPU types, ML node ids, cloud instances, channel names): theirs, not the portal's wording. */
export async function dataWords(base, { email, password }) {
  const token = await login(base, { email, password });
  const data = await gql(
    base,
    `{ myNodes(first: 100) { nodes { displayName identifier activeModel hardware { gpus { type } mlNodes { localId models } } cloudInstance { name flavor region gpus { model } } } } notificationChannels { label target } }`,
    token,
  );
  const nodes = data.myNodes.nodes.flatMap((n) => [
    n.displayName,
    n.identifier,
    n.activeModel,
    ...(n.hardware?.gpus ?? []).map((g) => g.type),
    ...(n.hardware?.mlNodes ?? []).flatMap((m) => [m.localId, ...m.models]),
    ...(n.cloudInstance ? [n.cloudInstance.name, n.cloudInstance.flavor, n.cloudInstance.region, n.cloudInstance.gpus?.model] : []),
  ]);
  return [...nodes, ...data.notificationChannels.flatMap((c) => [c.label, c.target])].filter(Boolean);
}

export async function russianWithoutEnglish({ page, base, extra, shot }) {
  const found = {};
  const check = async (where) => {
    const words = await englishOn(page, extra);
    if (words.length) found[where] = words;
  };
  await page.goto(`${base}/`);
  await page.locator('label', { hasText: 'Русский' }).first().click();
  await page.getByRole('heading', { name: 'Панель' }).or(page.getByTestId('summary-active')).first().waitFor();
  await page.locator('[data-testid="earnings-chart"] .recharts-bar-rectangle').first().waitFor();
  await page.getByTestId('activity-feed').waitFor();
  await assertMonotonicYAxis(page, '[data-testid="earnings-chart"]', 'ru');
  await check('dashboard');
  await shot('13-dashboard-ru');

  await page.goto(`${base}/nodes`);
  await page.getByTestId('node-row').first().waitFor();
  await check('my nodes');
  await page.getByTestId('node-row').first().getByRole('link').first().click();
  await page.getByTestId('node-title').waitFor();
  await page.getByTestId('epoch-risk').waitFor();
  await check('node overview');
  await page.getByTestId('tab-metrics').click();
  await page.getByTestId('metrics-history').or(page.getByTestId('metrics-history-empty')).first().waitFor();
  await check('node metrics');
  await shot('14-node-metrics-ru');
  await page.getByTestId('tab-epochs').click();
  // A node added minutes ago has no settled epoch yet: its empty table says so.
  await page.getByTestId('epoch-table').or(page.getByTestId('epoch-cards')).or(page.getByText('Завершённых эпох пока нет.').last()).first().waitFor();
  await check('node epochs');
  await page.getByTestId('tab-history').click();
  await page.getByTestId('inference-jobs').waitFor();
  await check('node history');
  await page.getByTestId('tab-alerts').click();
  await page.getByText('История оповещений').waitFor();
  await page
    .getByTestId('node-alerts')
    .or(page.getByText(/оповещений нет/i))
    .first()
    .waitFor();
  await check('node alerts');

  await page.goto(`${base}/alerts`);
  await page.getByTestId('alerts-filter').waitFor();
  await page
    .getByTestId('alerts-list')
    .or(page.getByText(/оповещений нет/i))
    .first()
    .waitFor();
  await check('alerts');
  assert.deepEqual(found, {}, `English text in Russian pages:\n${JSON.stringify(found, null, 2)}`);
}
