import type { AlertRecord, Language, RenderedAlert } from '../../alerts/alert.types.js';
import { renderAlert } from '../../alerts/alert-texts.js';
import type { ChannelRecord, OutboundMessage } from '../notification.types.js';
import type { DeliveryRecord } from './delivery.types.js';

/** A channel test's texts (no alert behind it). */
const TEST_TEXTS: Record<Language, (label: string) => { title: string; message: string }> = {
  EN: (label) => ({ title: 'MineGNK test notification', message: `Channel "${label}" works: this is how MineGNK alerts will reach you.` }),
  RU: (label) => ({ title: 'Тестовое уведомление MineGNK', message: `Канал «${label}» работает: так до вас будут доходить оповещения MineGNK.` }),
};

/** What the message of one delivery says, worded for the recipient's language at send time. */
export function outboundMessage(delivery: DeliveryRecord, channel: ChannelRecord, language: Language, publicUrl: string): OutboundMessage {
  if (!delivery.alert) {
    const { title, message } = TEST_TEXTS[language](channel.label);
    const rendered: RenderedAlert = { title, message, link: publicUrl ? `${publicUrl}/profile` : null };
    return {
      idempotencyKey: delivery.idempotencyKey,
      event: 'TEST',
      language,
      rendered,
      body: { id: delivery.id, kind: 'TEST', severity: 'INFO', state: 'open', occurredAt: delivery.createdAt.toISOString(), title, message, node: null },
    };
  }
  const alert: AlertRecord = delivery.alert;
  const rendered = renderAlert(alert, language, publicUrl);
  const resolved = delivery.event === 'RESOLVED';
  return {
    idempotencyKey: delivery.idempotencyKey,
    event: delivery.event,
    language,
    rendered,
    body: {
      id: alert.id,
      kind: alert.kind,
      severity: alert.severity,
      state: resolved ? 'resolved' : 'open',
      occurredAt: ((resolved ? alert.resolvedAt : null) ?? alert.openedAt).toISOString(),
      title: rendered.title,
      message: rendered.message,
      node: alert.node,
    },
  };
}
