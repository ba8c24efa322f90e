import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { AcknowledgeAlertDocument, AlertBellDocument, AlertChangedDocument } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import { liveConnection } from '../../lib/live-connection';
import { AlertBell, BELL_ALERTS } from './AlertBell';

afterEach(() => liveConnection.set('offline'));

function alert(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Alert',
    id,
    kind: 'NODE_OFFLINE',
    severity: 'CRITICAL',
    state: 'OPEN',
    title: `Rig ${id} is offline`,
    message: 'No answer from the node for 2 refreshes.',
    link: `/nodes/n-${id}`,
    openedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    resolvedAt: null,
    acknowledgedAt: null,
    muted: false,
    node: { __typename: 'Node', id: `n-${id}`, displayName: `Rig ${id}`, identifier: `gonka1${id.padEnd(38, 'q')}` },
    ...overrides,
  };
}

function bell(count: number, alerts: ReturnType<typeof alert>[]) {
  return {
    request: { query: AlertBellDocument, variables: { first: BELL_ALERTS } },
    result: {
      data: {
        unreadAlertCount: count,
        alerts: { __typename: 'AlertConnection', totalCount: alerts.length, edges: alerts.map((node) => ({ __typename: 'AlertEdge', node })) },
      },
    },
  };
}

describe('AlertBell', () => {
  it('shows the unread count, lists the latest alerts, and acknowledging one lowers the count', { timeout: 20_000 }, async () => {
    const ack = {
      request: { query: AcknowledgeAlertDocument, variables: { id: 'a1' } },
      result: { data: { acknowledgeAlert: alert('a1', { acknowledgedAt: new Date().toISOString() }) } },
    };
    renderWithProviders(
      <MockedProvider mocks={[bell(2, [alert('a1'), alert('a2', { severity: 'WARNING', kind: 'NODE_UNHEALTHY' })]), ack]} cache={createCache()}>
        <AlertBell />
      </MockedProvider>,
    );
    const button = await screen.findByRole('button', { name: 'Alerts: 2 unread' });
    expect(within(screen.getByTestId('bell-count')).getByText('2')).toBeTruthy();

    await userEvent.click(button);
    // The dropdown fades in: wait until its controls are visible to role queries.
    await screen.findByRole('button', { name: 'Acknowledge all' });
    const items = screen.getAllByTestId('alert-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Rig a1 is offline')).toBeTruthy();
    expect(within(items[0]).getByText('Critical')).toBeTruthy();
    expect(within(items[0]).getByText('Open')).toBeTruthy();
    expect(within(items[0]).getByRole('link', { name: 'Rig a1' }).getAttribute('href')).toBe('/nodes/n-a1');
    expect(within(items[0]).getByText('opened 5 minutes ago')).toBeTruthy();

    await userEvent.click(within(items[0]).getByRole('button', { name: 'Acknowledge' }));
    await screen.findByRole('button', { name: 'Alerts: 1 unread' });
    expect(within(screen.getAllByTestId('alert-item')[0]).getByText('Acknowledged')).toBeTruthy();
    expect(within(screen.getAllByTestId('alert-item')[1]).getByRole('button', { name: 'Acknowledge' })).toBeTruthy();
  });

  it('re-reads the count and the list when alertChanged arrives', { timeout: 20_000 }, async () => {
    const pushed = alert('a3', { severity: 'WARNING', kind: 'EPOCH_AT_RISK', title: 'Epoch reward at risk', node: null, link: null });
    const subscription = { request: { query: AlertChangedDocument }, result: { data: { alertChanged: pushed } }, delay: 50 };
    renderWithProviders(
      <MockedProvider mocks={[bell(1, [alert('a1')]), subscription, bell(2, [pushed, alert('a1')])]} cache={createCache()}>
        <AlertBell />
      </MockedProvider>,
    );
    await screen.findByRole('button', { name: 'Alerts: 1 unread' });
    const button = await screen.findByRole('button', { name: 'Alerts: 2 unread' });
    await userEvent.click(button);
    await waitFor(() => expect(screen.getAllByTestId('alert-item')).toHaveLength(2));
    expect(screen.getByText('Epoch reward at risk')).toBeTruthy();
  });

  it('re-reads once when the live socket connects again (alerts may have changed meanwhile)', { timeout: 20_000 }, async () => {
    const pending = { request: { query: AlertChangedDocument }, result: { data: { alertChanged: alert('a9') } }, delay: 60_000 };
    renderWithProviders(
      <MockedProvider mocks={[bell(2, [alert('a1'), alert('a2')]), pending, bell(1, [alert('a1')])]} cache={createCache()}>
        <AlertBell />
      </MockedProvider>,
    );
    await screen.findByRole('button', { name: 'Alerts: 2 unread' });
    act(() => liveConnection.set('live'));
    expect(await screen.findByRole('button', { name: 'Alerts: 1 unread' })).toBeTruthy();
  });

  it('says so when there is nothing to show', async () => {
    renderWithProviders(
      <MockedProvider mocks={[bell(0, [])]} cache={createCache()}>
        <AlertBell />
      </MockedProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Alerts' }));
    expect(await screen.findByText('No alerts. All quiet.')).toBeTruthy();
    expect((await screen.findByRole('button', { name: 'Acknowledge all' })).hasAttribute('disabled')).toBe(true);
  });
});
