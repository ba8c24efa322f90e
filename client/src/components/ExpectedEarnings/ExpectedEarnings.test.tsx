import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { FiatAmountFragment } from '../FiatAmount/FiatAmount';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { ExpectedEarningsFigures, ExpectedEarningsFiguresFragment } from './ExpectedEarningsFigures';
import { ExpectedVsRealisedCard, ExpectedVsRealisedCardFragment } from './ExpectedVsRealisedCard';
import { RequestList, RequestListFragment } from '../RequestList/RequestList';

const fiat = (amount: string, currency = 'USD') =>
  makeFragmentData({ amount, currency, price: '0.415', priceAt: '2026-03-01T10:00:00Z', stale: false } as never, FiatAmountFragment);

const figures = (over: Record<string, unknown> = {}) =>
  makeFragmentData(
    {
      quantity: 8,
      perEpoch: '1234.567890123',
      perDay: '1288.244754911',
      perEpochValue: fiat('512.35'),
      perDayValue: null,
      computedAt: '2026-03-01T10:00:00Z',
      basis: { gpuModel: 'H100', medianPerGpu: '154.320986265', epochs: 7, fromEpoch: 98, toEpoch: 104, networkNodes: 41 },
      ...over,
    } as never,
    ExpectedEarningsFiguresFragment,
  );
const expected = figures();

const vsNode = (over: Record<string, unknown> = {}) =>
  makeFragmentData(
    {
      expectedVsRealised: {
        requestId: 'r1',
        expectedAt: '2026-02-01T10:00:00Z',
        nodesOfRequest: 2,
        expectedPerEpoch: '600.000000000',
        expectedPerDay: '626.086956522',
        realisedMedianPerEpoch: '550.000000000',
        realisedMeanPerEpoch: '561.000000000',
        expectedPerEpochValue: fiat('249.00'),
        expectedPerDayValue: fiat('259.83'),
        realisedMedianPerEpochValue: fiat('228.25'),
        realisedMeanPerEpochValue: null,
        epochsCounted: 12,
        ratioPercent: '93.5',
        basis: { gpuModel: 'H100' },
        ...over,
      },
    },
    ExpectedVsRealisedCardFragment,
  );

afterEach(() => changeLanguage('en'));

describe('ExpectedEarningsFigures', () => {
  it('shows the figures per epoch and per day with their basis', () => {
    renderWithProviders(<ExpectedEarningsFigures expected={expected} />);
    expect(screen.getByTestId('expected-earnings').textContent).toContain(
      'Expected earnings: 1,234.57 GNK per epoch (≈ $512.35) · ≈ 1,288.24 GNK per day (≈ —)',
    );
    expect(screen.getByTestId('expected-basis').textContent).toContain(
      'Network median 154.32 GNK per H100 GPU × 8, over 7 settled epochs (98–104) of 41 network nodes.',
    );
    expect(screen.getByTestId('expected-basis').textContent).toContain('An estimate');
  });

  it('a GNK preference: the GNK figures alone, no value beside them', () => {
    renderWithProviders(
      <ExpectedEarningsFigures expected={figures({ perEpochValue: fiat('1234.567890123', 'GNK'), perDayValue: fiat('1288.244754911', 'GNK') })} />,
    );
    const text = screen.getByTestId('expected-earnings').textContent;
    expect(text).toContain('Expected earnings: 1,234.57 GNK per epoch · ≈ 1,288.24 GNK per day');
    expect(text).not.toContain('(≈');
  });

  it('"—" and the reason when the network has no such GPU; "—" alone before a GPU is named', () => {
    const { unmount } = renderWithProviders(<ExpectedEarningsFigures expected={null} reason="NO_NETWORK_DATA" />);
    expect(screen.getByTestId('expected-earnings').textContent).toBe('Expected earnings: —No network node with only this GPU in the recent epochs.');
    unmount();
    renderWithProviders(<ExpectedEarningsFigures expected={null} />);
    expect(screen.getByTestId('expected-earnings').textContent).toBe('Expected earnings: —');
  });

  it('in Russian', () => {
    changeLanguage('ru');
    renderWithProviders(<ExpectedEarningsFigures expected={expected} shownAt />);
    expect(screen.getByTestId('expected-earnings').textContent).toMatch(
      /^Ожидаемый доход: 1\s234,57 GNK за эпоху \(≈ 512,35\s\$\) · ≈ 1\s288,24 GNK в день \(≈ —\)/,
    );
    expect(screen.getByTestId('expected-basis').textContent).toContain(
      'Медиана сети 154,32 GNK на GPU H100 × 8, за 7 расчётных эпох (98–104) по 41 узлам сети.',
    );
    expect(screen.getByTestId('expected-basis').textContent).toContain('Как показано');
  });
});

describe('RequestList', () => {
  it('shows what a request expected, as shown when it was made', () => {
    const request = makeFragmentData(
      {
        id: 'r1',
        type: 'NEW_NODE',
        status: 'PENDING',
        gpuType: 'H100 80GB',
        quantity: 8,
        budget: null,
        comments: null,
        adminNotes: null,
        createdAt: '2026-03-01T10:00:00Z',
        updatedAt: '2026-03-01T10:00:00Z',
        assignee: null,
        nodes: [],
        expectedEarnings: expected,
      },
      RequestListFragment,
    );
    renderWithProviders(<RequestList requests={[request]} />);
    expect(screen.getByTestId('expected-earnings').textContent).toContain('1,234.57 GNK per epoch');
    expect(screen.getByTestId('expected-basis').textContent).toContain('As shown on');
  });
});

describe('ExpectedVsRealisedCard', () => {
  it('compares realised with the node’s share of the expectation', () => {
    renderWithProviders(<ExpectedVsRealisedCard node={vsNode()} />);
    const card = screen.getByTestId('expected-vs-realised');
    expect(card.textContent).toContain('$249.00600.00 GNK');
    expect(card.textContent).toContain('$228.25550.00 GNK');
    // No price for a figure: its GNK amount leads, the value is "—".
    expect(card.textContent).toContain('561.00 GNK—');
    expect(screen.getByTestId('expected-ratio').textContent).toBe('93.5 %');
    expect(card.textContent).toContain('Settled epochs counted: 12');
    expect(card.textContent).toContain('1 of the 2 nodes');
  });

  it('before a settled epoch: the expectation and "—"; nothing for a node from no request', () => {
    const { unmount } = renderWithProviders(
      <ExpectedVsRealisedCard
        node={vsNode({ realisedMedianPerEpoch: null, realisedMeanPerEpoch: null, epochsCounted: 0, ratioPercent: null, nodesOfRequest: 1 })}
      />,
    );
    expect(screen.getByTestId('expected-ratio').textContent).toBe('—');
    expect(screen.getByTestId('expected-vs-realised').textContent).toContain('No epoch has settled since the request');
    unmount();
    renderWithProviders(<ExpectedVsRealisedCard node={makeFragmentData({ expectedVsRealised: null }, ExpectedVsRealisedCardFragment)} />);
    expect(screen.queryByTestId('expected-vs-realised')).toBeNull();
  });
});
