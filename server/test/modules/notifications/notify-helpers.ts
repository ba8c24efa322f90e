/** Shared by the notification channel tests: GraphQL documents, a message to send, a loopback HTTP receiver. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelSenders } from '../../../src/modules/notifications/channel-senders.js';
import { ChannelsRepository } from '../../../src/modules/notifications/channels.repository.js';
import type { ChannelRecord, OutboundMessage } from '../../../src/modules/notifications/notification.types.js';
import type { TestApp } from '../../helpers/test-app.js';

export const CHANNEL_FIELDS = 'id kind label target status minSeverity events telegramLinkUrl createdAt';
export const CREATE = `mutation ($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) { secret channel { ${CHANNEL_FIELDS} } }
}`;
export const UPDATE = `mutation ($input: UpdateNotificationChannelInput!) { updateNotificationChannel(input: $input) { ${CHANNEL_FIELDS} } }`;
export const DELETE = 'mutation ($id: ID!) { deleteNotificationChannel(id: $id) }';
export const LIST = `{ notificationChannels { ${CHANNEL_FIELDS} } }`;

/** Creates a channel and returns `{ channel, secret }` (throws on a GraphQL error). */
export async function createChannel(app: TestApp, token: string, input: Record<string, unknown>) {
  const res = await app.gql(CREATE, { input }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createNotificationChannel as { secret: string | null; channel: Record<string, any> };
}

/** The stored channel, as the delivery worker would load it. */
export async function storedChannel(app: TestApp, id: string): Promise<ChannelRecord> {
  const channel = await app.running.app.get(ChannelsRepository).findById(id);
  if (!channel) throw new Error(`no channel ${id}`);
  return channel;
}

export function sendThrough(app: TestApp, channel: ChannelRecord, message: OutboundMessage): Promise<void> {
  return app.running.app.get(ChannelSenders).send(channel, message);
}

export function outbound(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    idempotencyKey: 'a1b2c3d4-0000-4000-8000-000000000001:c1:OPEN',
    event: 'OPEN',
    language: 'EN',
    rendered: { title: 'Node gonka1abc is offline', message: 'It stopped answering health checks.', link: 'http://localhost:3000/nodes/n1' },
    body: {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      kind: 'NODE_OFFLINE',
      severity: 'CRITICAL',
      state: 'open',
      occurredAt: '2026-12-01T12:00:00.000Z',
      title: 'Node gonka1abc is offline',
      message: 'It stopped answering health checks.',
      node: { id: 'n1', identifier: 'gonka1abc', displayName: 'Rig 1' },
    },
    ...overrides,
  };
}

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
}

/** A loopback HTTP receiver answering `status()` (a function, so a test can change it between sends). */
export async function startReceiver(status: () => number = () => 204) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '/', headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status());
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
