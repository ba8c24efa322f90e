import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { ActivityFeed, ActivityFeedFragment } from './ActivityFeed';

const NO_PARAMS = {
  nodeName: null,
  fromStatus: null,
  toStatus: null,
  statusRule: null,
  statusDetails: null,
  requestType: null,
  quantity: null,
  gpuType: null,
  fromRequestStatus: null,
  toRequestStatus: null,
};

function event(id: string, kind: string, message: string, params: Record<string, unknown> | null) {
  return makeFragmentData(
    { id, kind, message, params: params && { ...NO_PARAMS, ...params }, createdAt: new Date().toISOString(), nodeId: null, supportRequestId: null } as never,
    ActivityFeedFragment,
  );
}

const EVENTS = [
  event('1', 'STATUS_CHANGE', 'rig-01: healthy → unhealthy (missed rate 12.4% > 10.0%)', {
    action: 'NODE_STATUS_CHANGED',
    nodeName: 'rig-01',
    fromStatus: 'HEALTHY',
    toStatus: 'UNHEALTHY',
    statusRule: 'MISSED_RATE',
    statusDetails: {
      missedRate: 0.124,
      threshold: 0.1,
      invalidationRate: null,
      confirmationPocRatio: null,
      jailedUntil: null,
      participantStatus: null,
      exclusionReason: null,
    },
  }),
  event('2', 'STATUS_CHANGE', 'Support request PENDING → IN_PROGRESS', {
    action: 'REQUEST_STATUS_CHANGED',
    fromRequestStatus: 'PENDING',
    toRequestStatus: 'IN_PROGRESS',
  }),
  event('3', 'REQUEST_UPDATE', 'Support new node request ×2 (H100) created', {
    action: 'REQUEST_CREATED',
    requestType: 'NEW_NODE',
    quantity: 2,
    gpuType: 'H100',
  }),
  event('4', 'ASSIGNMENT', 'Node rig-01 was added to your account', { action: 'NODE_ASSIGNED', nodeName: 'rig-01' }),
];

afterEach(() => changeLanguage('en'));

describe('ActivityFeed', () => {
  it('words the lines in Russian from their codes, with no English left', async () => {
    await changeLanguage('ru');
    renderWithProviders(<ActivityFeed events={EVENTS} />);
    const text = screen.getByTestId('activity-feed').textContent!;
    expect(text).toContain('rig-01: Работает → Сбои (пропущено запросов 12,4% > 10,0%)');
    expect(text).toContain('Заявка: Ожидает → В работе');
    expect(text).toContain('Создана заявка: Новая нода ×2 (H100)');
    expect(text).toContain('Нода rig-01 добавлена в ваш аккаунт');
    // Only the node's and the GPU's own names stay Latin.
    expect(text.replace(/rig-01|H100/g, '')).not.toMatch(/[A-Za-z]/);
  });

  it('words them in English from the same codes', () => {
    renderWithProviders(<ActivityFeed events={EVENTS} />);
    const text = screen.getByTestId('activity-feed').textContent!;
    expect(text).toContain('rig-01: Healthy → Unhealthy (missed rate 12.4% > 10.0%)');
    expect(text).toContain('Support request: Pending → In progress');
  });

  it("shows the server's text for lines written before codes were recorded", async () => {
    await changeLanguage('ru');
    renderWithProviders(<ActivityFeed events={[event('9', 'REQUEST_UPDATE', 'Support updated the notes on your request', null)]} />);
    expect(screen.getByText('Support updated the notes on your request')).toBeTruthy();
  });
});
