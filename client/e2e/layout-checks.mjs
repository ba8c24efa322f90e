// Layout checks the browser story runs on several pages.
import assert from 'node:assert/strict';

/** Labels of visible badges whose text does not fit (cut with an ellipsis). */
export function cutBadges(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.mantine-Badge-label')].filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth).map((el) => el.textContent),
  );
}

/** Every visible status badge shows its whole text, and the page is no wider than the phone. */
export async function assertFitsPhone(page, where) {
  const { badges, cut, overflow } = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('.mantine-Badge-label')].filter((el) => el.checkVisibility());
    const doc = document.documentElement;
    return {
      badges: labels.length,
      cut: labels.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent),
      overflow: doc.scrollWidth - doc.clientWidth,
    };
  });
  assert.ok(badges > 0, `${where}: no status badge visible`);
  assert.deepEqual(cut, [], `${where}: badges cut`);
  assert.ok(overflow <= 0, `${where}: the page scrolls sideways by ${overflow}px`);
}
