import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { AlertsDocument } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import AlertsPage, { ALERTS_PAGE_SIZE } from './AlertsPage';

function alert(id: string, state: 'OPEN' | 'RESOLVED', deliveries: unknown[] = []) {
  return {
    __typename: 'Alert',
    id,
    kind: 'NODE_OFFLINE',
    severity: 'CRITICAL',
    state,
    title: `Alert ${id}`,
    message: 'No answer from the node.',
    link: null,
    openedAt: '2026-03-05T10:00:00.000Z',
    resolvedAt: state === 'RESOLVED' ? '2026-03-05T11:00:00.000Z' : null,
    acknowledgedAt: null,
    muted: false,
    node: null,
    deliveries,
  };
}

function page(state: 'OPEN' | 'RESOLVED' | null, alerts: ReturnType<typeof alert>[]) {
  return {
    request: { query: AlertsDocument, variables: { first: ALERTS_PAGE_SIZE, after: null, state } },
    result: {
      data: {
        alerts: {
          __typename: 'AlertConnection',
          totalCount: alerts.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: alerts.map((node, i) => ({ __typename: 'AlertEdge', cursor: `c${i}`, node })),
        },
      },
    },
  };
}

const sent = {
  __typename: 'NotificationDelivery',
  id: 'd1',
  event: 'RESOLVED',
  status: 'SENT',
  attempts: 2,
  error: null,
  createdAt: '2026-03-05T11:00:00.000Z',
  sentAt: '2026-03-05T11:00:03.000Z',
  channel: { __typename: 'NotificationChannel', id: 'c1', kind: 'TELEGRAM', label: 'My chat' },
};

describe('AlertsPage', () => {
  it('lists every alert with its deliveries, and filters by state', { timeout: 20_000 }, async () => {
    renderWithProviders(
      <MockedProvider
        mocks={[page(null, [alert('a1', 'OPEN'), alert('a2', 'RESOLVED', [sent])]), page('RESOLVED', [alert('a2', 'RESOLVED', [sent])])]}
        cache={createCache()}
      >
        <AlertsPage />
      </MockedProvider>,
    );
    const items = await screen.findAllByTestId('alert-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Not sent to any channel.')).toBeTruthy();
    expect(within(items[1]).getByText('Telegram · My chat')).toBeTruthy();
    expect(within(items[1]).getByText('Sent')).toBeTruthy();
    expect(within(items[1]).getByText(/Resolved · .* · 2 attempts/)).toBeTruthy();
    expect(screen.getByText('2 of 2 alerts')).toBeTruthy();

    await userEvent.click(within(screen.getByTestId('alerts-filter')).getByText('Resolved'));
    expect(await screen.findByText('1 of 1 alerts')).toBeTruthy();
    expect(screen.getAllByTestId('alert-item').map((el) => el.dataset.state)).toEqual(['RESOLVED']);
  });
});
