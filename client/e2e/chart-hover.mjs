// Defect 3 (issue 15): hovering a chart painted the plot area black with an unstyled tooltip, in both
// themes, because @mantine/charts/styles.css was not loaded. These checks read what the browser
// actually painted, so they fail again if the stylesheet goes missing.
import assert from 'node:assert/strict';

/** Switches the colour scheme with the header's theme button, as a user would. */
export async function switchColorScheme(page, scheme, buttonName) {
  const current = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
  if ((await current()) !== scheme) await page.getByRole('button', { name: buttonName }).first().click();
  await page.waitForFunction((s) => document.documentElement.getAttribute('data-mantine-color-scheme') === s, scheme);
  // Moves the pointer off the button so its tooltip does not cover what comes next.
  await page.mouse.move(0, 0);
}

/** [r, g, b, a] of a computed CSS colour ("rgb(…)" / "rgba(…)"). */
function rgba(color) {
  const m = /^rgba?\(([^)]+)\)$/.exec(color.trim());
  assert.ok(m, `not an rgb() colour: "${color}"`);
  const [r, g, b, a = 1] = m[1]
    .split(/[,\s/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

const luminance = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

/**
 * Hovers the bar chart under `selector` and checks what is painted: the hover band (recharts'
 * cursor rectangle, filled from the charts stylesheet's --chart-cursor-fill) is a faint tint, not
 * black; the tooltip is an opaque, bordered card in the page's scheme; the chart's root carries the
 * stylesheet's variables. Returns the computed values for the report.
 */
export async function assertChartHoverStyled(page, selector, scheme, tooltipTestId) {
  const chart = page.locator(selector);
  await chart.scrollIntoViewIfNeeded();
  // Recharts shows its tooltip on a pointer move; a chart still animating or re-rendered by a poll
  // can miss the one move, so point again (from outside the chart) a few times. Playwright's hover
  // waits for the bar to stop moving and to be the element under the pointer.
  for (let attempt = 1; ; attempt++) {
    const { index, center } = await tallestBar(page, selector);
    await page.mouse.move(0, 0);
    const hovered = await chart
      .locator('.recharts-bar-rectangle path')
      .nth(index)
      .hover({ timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    const shown =
      hovered &&
      (await Promise.all([chart.getByTestId(tooltipTestId).waitFor({ timeout: 3000 }), chart.locator('.recharts-tooltip-cursor').waitFor({ timeout: 3000 })])
        .then(() => true)
        .catch(() => false));
    if (shown) break;
    if (attempt >= 5) {
      // What is under the bar's centre, to tell a covered chart from one that does not answer.
      const under = await page.evaluate(({ x, y }) => {
        const el = document.elementFromPoint(x, y);
        return el
          ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} [${el.closest('[data-testid]')?.getAttribute('data-testid') ?? ''}]`
          : 'nothing';
      }, center);
      assert.fail(`${selector}: hovering a bar shows no tooltip (${attempt} tries; hovered: ${hovered}; under its centre: ${under})`);
    }
  }
  const painted = await page.evaluate(
    ({ sel, tip }) => {
      const root = document.querySelector(sel);
      const chartRoot = root.querySelector('[class*="mantine-BarChart-root"]');
      const cursor = getComputedStyle(root.querySelector('.recharts-tooltip-cursor'));
      const tooltip = getComputedStyle(root.querySelector(`[data-testid="${tip}"]`));
      return {
        cursorVar: chartRoot ? getComputedStyle(chartRoot).getPropertyValue('--chart-cursor-fill').trim() : '',
        cursorFill: cursor.fill,
        cursorOpacity: cursor.fillOpacity,
        tooltipBackground: tooltip.backgroundColor,
        tooltipBorder: `${tooltip.borderTopWidth} ${tooltip.borderTopStyle}`,
        tooltipShadow: tooltip.boxShadow,
        tooltipColor: tooltip.color,
      };
    },
    { sel: selector, tip: tooltipTestId },
  );
  const where = `${selector} (${scheme})`;
  assert.ok(painted.cursorVar, `${where}: the charts stylesheet is not loaded (no --chart-cursor-fill on the chart root)`);
  const cursor = rgba(painted.cursorFill);
  assert.ok(cursor[3] * Number(painted.cursorOpacity) < 0.5, `${where}: the hover band is opaque (${painted.cursorFill})`);
  assert.ok(luminance(cursor) > 0.2, `${where}: the hover band is painted black (${painted.cursorFill})`);
  const background = rgba(painted.tooltipBackground);
  assert.equal(background[3], 1, `${where}: the tooltip has no background (${painted.tooltipBackground})`);
  if (scheme === 'dark') assert.ok(luminance(background) < 0.3, `${where}: a light tooltip on the dark theme (${painted.tooltipBackground})`);
  else assert.ok(luminance(background) > 0.8, `${where}: a dark tooltip on the light theme (${painted.tooltipBackground})`);
  assert.ok(
    Math.abs(luminance(rgba(painted.tooltipColor)) - luminance(background)) > 0.4,
    `${where}: tooltip text does not stand out (${JSON.stringify(painted)})`,
  );
  assert.ok(painted.tooltipBorder.startsWith('0px') === false && !painted.tooltipBorder.endsWith('none'), `${where}: the tooltip has no border`);
  assert.notEqual(painted.tooltipShadow, 'none', `${where}: the tooltip has no shadow`);
  await page.mouse.move(0, 0);
  return painted;
}

/** Which bar is the tallest, and its centre: a bucket with nothing in it draws no rectangle to point at. */
async function tallestBar(page, selector) {
  const found = await page.evaluate((sel) => {
    const rects = [...document.querySelectorAll(`${sel} .recharts-bar-rectangle path`)].map((el) => el.getBoundingClientRect());
    let index = -1;
    rects.forEach((r, i) => {
      if (r.height > 0 && (index < 0 || r.height > rects[index].height)) index = i;
    });
    return index < 0 ? null : { index, center: { x: rects[index].x + rects[index].width / 2, y: rects[index].y + rects[index].height / 2 } };
  }, selector);
  assert.ok(found, `${selector}: no bar to hover`);
  return found;
}
