import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { DeleteNotificationChannelDocument, NotificationSettingsDocument, SendTestNotificationDocument } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import { NotificationsSection } from './NotificationsSection';

const delivery = (id: string, status: string, error: string | null = null) => ({
  __typename: 'NotificationDelivery',
  id,
  status,
  error,
  sentAt: status === 'SENT' ? '2026-03-05T10:00:05.000Z' : null,
  createdAt: '2026-03-05T10:00:00.000Z',
});

const channel = (id: string, kind: string, label: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'NotificationChannel',
  id,
  kind,
  label,
  target: kind === 'WEBHOOK' ? 'hooks.example.com' : 'me@example.com',
  status: 'ACTIVE',
  minSeverity: 'WARNING',
  events: null,
  telegramLinkUrl: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  lastDelivery: null,
  ...extra,
});

const SETTINGS = {
  request: { query: NotificationSettingsDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        role: 'CUSTOMER',
        alertRules: { __typename: 'AlertRules', holdRefreshes: 2, claimWindowHours: 6, earningsDropShare: 0.5, reminderMinutes: null },
      },
      notificationChannels: [
        channel('c1', 'WEBHOOK', 'Ops hook', { lastDelivery: delivery('d0', 'FAILED', 'webhook answered HTTP 503') }),
        channel('c2', 'EMAIL', 'Inbox'),
      ],
    },
  },
};

afterEach(() => vi.restoreAllMocks());

describe('profile Notifications section', () => {
  it('lists channels with their last delivery, tests one and deletes another', { timeout: 20_000 }, async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const test = {
      request: { query: SendTestNotificationDocument, variables: { channelId: 'c1' } },
      result: { data: { sendTestNotification: delivery('d1', 'SENT') } },
    };
    const remove = { request: { query: DeleteNotificationChannelDocument, variables: { id: 'c2' } }, result: { data: { deleteNotificationChannel: true } } };
    renderWithProviders(
      <MockedProvider mocks={[SETTINGS, test, remove]} cache={createCache()}>
        <NotificationsSection />
      </MockedProvider>,
    );
    const rows = await screen.findAllByTestId('channel-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('hooks.example.com')).toBeTruthy();
    expect(within(rows[0]).getByText('Failed')).toBeTruthy();
    expect(within(rows[0]).getByText('webhook answered HTTP 503')).toBeTruthy();
    expect(within(rows[1]).getByText('Nothing sent yet')).toBeTruthy();
    // The rules show the drop share as a percentage.
    expect(screen.getByDisplayValue('50 %')).toBeTruthy();

    await userEvent.click(within(rows[0]).getByRole('button', { name: 'Send test' }));
    expect((await within(rows[0]).findByTestId('test-outcome')).textContent).toBe('Test notification sent');

    await userEvent.click(within(rows[1]).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getAllByTestId('channel-row')).toHaveLength(1));
    expect(screen.queryByText('Inbox')).toBeNull();
  });
});
