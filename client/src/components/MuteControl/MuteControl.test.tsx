import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { MuteNodeDocument, NodeAlertsDocument, UnmuteNodeDocument } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import { NodeAlerts } from '../../pages/node-details/NodeAlerts';

const NOW = new Date('2026-03-05T10:00:00.000Z');

function nodeAlerts(mutedUntil: string | null) {
  const alert = {
    __typename: 'Alert',
    id: 'a1',
    kind: 'NODE_JAILED',
    severity: 'CRITICAL',
    state: 'RESOLVED',
    title: 'Rig A was jailed',
    message: 'Jailed until March 5.',
    link: '/nodes/n1',
    openedAt: '2026-03-04T10:00:00.000Z',
    resolvedAt: '2026-03-04T12:00:00.000Z',
    acknowledgedAt: null,
    muted: true,
    node: { __typename: 'Node', id: 'n1', displayName: 'Rig A', identifier: 'gonka1abc' },
    deliveries: [
      {
        __typename: 'NotificationDelivery',
        id: 'd1',
        event: 'OPEN',
        status: 'FAILED',
        attempts: 5,
        error: 'network: connect ETIMEDOUT 203.0.113.5:443',
        createdAt: '2026-03-04T10:00:00.000Z',
        sentAt: null,
        channel: { __typename: 'NotificationChannel', id: 'c1', kind: 'WEBHOOK', label: 'Ops hook' },
      },
    ],
  };
  return {
    request: { query: NodeAlertsDocument, variables: { id: 'n1', first: 20, after: null } },
    result: {
      data: {
        node: {
          __typename: 'Node',
          id: 'n1',
          mutedUntil,
          alerts: {
            __typename: 'AlertConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
            edges: [{ __typename: 'AlertEdge', cursor: 'c1', node: alert }],
          },
        },
      },
    },
  };
}

function renderTab(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never} cache={createCache()}>
      <NodeAlerts nodeId="n1" />
    </MockedProvider>,
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('node Alerts tab and mute control', () => {
  it('lists the node’s alert history with its deliveries, and mutes for 8 hours', { timeout: 20_000 }, async () => {
    const until = '2026-03-05T18:00:00.000Z';
    const mute = {
      request: { query: MuteNodeDocument, variables: { id: 'n1', until } },
      result: { data: { muteNode: { __typename: 'Node', id: 'n1', mutedUntil: until } } },
    };
    renderTab([nodeAlerts(null), mute]);
    expect(await screen.findByText('Rig A was jailed')).toBeTruthy();
    expect(screen.getByText('Resolved')).toBeTruthy();
    expect(screen.getByText('Muted: not sent')).toBeTruthy();
    expect(screen.getByText('Webhook · Ops hook')).toBeTruthy();
    expect(screen.getByText('Network error: connect ETIMEDOUT 203.0.113.5:443')).toBeTruthy();
    expect(screen.getByText('Notifications on')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Mute alerts' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Mute for 8 h' }));
    expect(await screen.findByTestId('muted-until')).toBeTruthy();
    expect(screen.getByTestId('muted-until').textContent).toMatch(/^Muted until March 5, 2026 \d/);
    expect(screen.getByRole('button', { name: 'Unmute' })).toBeTruthy();
  });

  it('refuses a date in the past for "until", and unmutes a muted node', { timeout: 20_000 }, async () => {
    const unmute = {
      request: { query: UnmuteNodeDocument, variables: { id: 'n1' } },
      result: { data: { unmuteNode: { __typename: 'Node', id: 'n1', mutedUntil: null } } },
    };
    renderTab([nodeAlerts('2026-03-05T11:00:00.000Z'), unmute]);
    expect(await screen.findByTestId('muted-until')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Unmute' }));
    expect(await screen.findByText('Notifications on')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Mute alerts' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Mute until…' }));
    const input = screen.getByLabelText('Until');
    await userEvent.type(input, '2026-03-04T09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Mute' }));
    await waitFor(() => expect(screen.getByText('Pick a time in the future')).toBeTruthy());
  });

  it('shows a mute that has run out as not muted', async () => {
    renderTab([nodeAlerts('2026-03-05T09:00:00.000Z')]);
    expect(await screen.findByText('Notifications on')).toBeTruthy();
    expect(screen.queryByTestId('muted-until')).toBeNull();
  });
});
