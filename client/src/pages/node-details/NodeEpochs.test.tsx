import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import { EPOCHS_PAGE_SIZE, NodeEpochs, NodeEpochsQuery } from './NodeEpochs';

function outcome(epoch: number) {
  return {
    __typename: 'EpochOutcome',
    epoch,
    settledAt: '2026-03-05T10:00:00.000Z',
    rewarded: '10.000000000',
    rewardedValue: { __typename: 'FiatValue', amount: '4.21', currency: 'USD', price: '0.4213', priceAt: '2026-03-05T00:00:00.000Z', stale: false },
    inferenceCount: 60,
    missedRequests: 0,
    invalidatedInferences: 0,
    missedRate: 0,
    invalidationRate: 0,
    verdict: 'PAID',
    verdictReason: 'paid',
    exclusionReason: null,
    claimStatus: 'CLAIMED',
    claimDeadline: null,
    downtimeTest: { __typename: 'DowntimeTest', threshold: 0.1, maxMissedAllowed: 10, networkMissedRate: 0.02, mode: 'DYNAMIC' },
  };
}

function page(after: string | null, epochs: number[], endCursor: string, hasNextPage: boolean) {
  return {
    request: { query: NodeEpochsQuery, variables: { id: 'n1', first: EPOCHS_PAGE_SIZE, after: after ?? undefined } },
    result: {
      data: {
        node: {
          __typename: 'Node',
          id: 'n1',
          epochs: {
            __typename: 'EpochOutcomeConnection',
            totalCount: 3,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
            edges: epochs.map((e) => ({ __typename: 'EpochOutcomeEdge', node: outcome(e) })),
          },
        },
      },
    },
  };
}

describe('NodeEpochs', () => {
  it('appends the next page of epochs on "Load more", from the end cursor', { timeout: 20_000 }, async () => {
    const first = page(null, [12, 11], 'c11', true);
    const second = page('c11', [10], 'c10', false);
    renderWithProviders(
      <MockedProvider mocks={[first, second]} cache={createCache()}>
        <NodeEpochs nodeId="n1" />
      </MockedProvider>,
    );
    const table = within(await screen.findByTestId('epoch-table'));
    expect(table.getAllByTestId('epoch-row')).toHaveLength(2);
    expect(screen.getByText('2 of 3 epochs')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('3 of 3 epochs');
    expect(table.getAllByTestId('epoch-row').map((row) => row.firstElementChild?.textContent)).toEqual(['#12', '#11', '#10']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
