// Reads a compact-notation axis label ("172K", "1.2M", "172 тыс.", "1,2 млн") back into a number
// (the same rules as client/src/test/compact-number.ts, for the browser story in plain Node).
const MULTIPLIERS = { K: 1e3, M: 1e6, B: 1e9, T: 1e12, 'тыс.': 1e3, млн: 1e6, млрд: 1e9, трлн: 1e12 };

export function parseCompactNumber(label, locale) {
  const text = label.replace(/\s/g, ' ').trim();
  const match = /^(−|-)?([\d.,  ]+?)\s*([^\d\s.,]*\.?)$/.exec(text);
  if (!match) throw new Error(`not a compact number: "${label}"`);
  const [, sign, digits = '', suffix = ''] = match;
  const decimal = locale === 'ru' ? ',' : '.';
  const group = locale === 'ru' ? /[  ]/g : /,/g;
  const mantissa = Number(digits.replace(group, '').replace(decimal, '.'));
  const multiplier = suffix ? MULTIPLIERS[suffix] : 1;
  if (multiplier == null || Number.isNaN(mantissa)) throw new Error(`not a compact number: "${label}"`);
  return (sign ? -1 : 1) * mantissa * multiplier;
}

/**
 * The Y-axis tick labels of the chart under `selector`, top to bottom, as rendered: each must parse
 * as a compact number, and the values must fall strictly from top to bottom (defect 2: a 172k bar
 * was labelled 80,000 / 35,000 / 90,000 / 45,000 / 0).
 */
export async function assertMonotonicYAxis(page, selector, locale) {
  const ticks = await page.evaluate((sel) => {
    const chart = document.querySelector(sel);
    const texts = [
      ...(chart?.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value, .recharts-yAxis .recharts-cartesian-axis-tick-value') ??
        []),
    ];
    return texts.map((el) => ({ text: el.textContent ?? '', top: el.getBoundingClientRect().top }));
  }, selector);
  if (ticks.length < 2) throw new Error(`${selector}: fewer than two Y-axis labels: ${JSON.stringify(ticks)}`);
  const values = ticks.sort((a, b) => a.top - b.top).map((t) => ({ ...t, value: parseCompactNumber(t.text, locale) }));
  for (let i = 1; i < values.length; i++) {
    if (!(values[i - 1].value > values[i].value)) {
      throw new Error(`${selector}: Y-axis labels not monotonic (top to bottom): ${values.map((v) => v.text).join(' / ')}`);
    }
  }
  return values.map((v) => v.text);
}
