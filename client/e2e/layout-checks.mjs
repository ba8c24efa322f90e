// Layout checks the browser story runs on several pages.
import assert from 'node:assert/strict';

/** Labels of visible badges whose text does not fit (cut with an ellipsis). */
export function cutBadges(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.mantine-Badge-label')].filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth).map((el) => el.textContent),
  );
}

/**
 * Every visible status badge shows its whole text, no text is squeezed into a column a few letters
 * wide (Needs attention's lines once read one letter per line beside their amounts), and the page is
 * no wider than the phone.
 */
export async function assertFitsPhone(page, where) {
  const { badges, cut, squeezed, overflow } = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('.mantine-Badge-label')].filter((el) => el.checkVisibility());
    const texts = [...document.querySelectorAll('a, p, span')].filter(
      (el) => el.checkVisibility() && (el.textContent ?? '').trim().length > 20 && el.children.length === 0,
    );
    const doc = document.documentElement;
    return {
      badges: labels.length,
      cut: labels.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent),
      squeezed: texts
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.width < 60 && box.height > 100;
        })
        .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
      overflow: doc.scrollWidth - doc.clientWidth,
    };
  });
  assert.ok(badges > 0, `${where}: no status badge visible`);
  assert.deepEqual(cut, [], `${where}: badges cut`);
  assert.deepEqual(squeezed, [], `${where}: text squeezed into a narrow column`);
  assert.ok(overflow <= 0, `${where}: the page scrolls sideways by ${overflow}px`);
}
