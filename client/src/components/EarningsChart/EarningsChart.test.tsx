import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test/render';
import { EarningsChart, EarningsChartFragment } from './EarningsChart';
import { parseCompactNumber } from '../../test/compact-number';

const points = ['26000.500000000', '172000.123456789', '98000.000000001'].map((amount, i) =>
  makeFragmentData({ amount, amountValue: null, periodStart: `2026-01-0${i + 1}T00:00:00.000Z`, epoch: null }, EarningsChartFragment),
);

/** The Y axis tick labels as drawn, bottom to top, with the width the axis reserves for them. */
function yTicks() {
  const texts = [...screen.getByTestId('earnings-chart').querySelectorAll('text.recharts-cartesian-axis-tick-value[orientation="left"]')];
  texts.sort((a, b) => Number(b.getAttribute('y')) - Number(a.getAttribute('y')));
  return texts.map((t) => ({ label: t.textContent ?? '', axisWidth: Number(t.getAttribute('width')) }));
}

// jsdom measures no text: a 12px label is taken as 0.6em per character, plus the 10px the tick is shifted left.
const estimatedWidth = (label: string) => label.length * 7.2 + 10;

describe('EarningsChart', () => {
  // jsdom does no layout: give the chart's responsive container a size so recharts draws its axes.
  beforeAll(() => {
    const measure = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('recharts-responsive-container') ? new DOMRect(0, 0, 640, 260) : measure.call(this);
    });
  });
  afterAll(() => vi.restoreAllMocks());
  afterEach(() => act(() => i18next.changeLanguage('en')));

  it.each(['en', 'ru'])('labels the Y axis of a 172k bar compactly and in increasing order (%s)', async (lng) => {
    await act(() => i18next.changeLanguage(lng));
    renderWithProviders(<EarningsChart points={points} granularity="DAY" />);
    await waitFor(() => expect(yTicks().length).toBeGreaterThanOrEqual(3));
    const ticks = yTicks();
    for (const { label, axisWidth } of ticks) expect(estimatedWidth(label), `"${label}" fits in ${axisWidth}px`).toBeLessThanOrEqual(axisWidth);
    const labels = ticks.map((t) => t.label);
    const values = labels.map((l) => parseCompactNumber(l, lng));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
    // The top tick covers the tallest bar: the data was plotted as numbers, not strings.
    expect(values.at(-1)).toBeGreaterThanOrEqual(172000);
  });
});
