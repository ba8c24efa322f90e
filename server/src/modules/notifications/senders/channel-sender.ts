import type { ChannelRecord, OutboundMessage } from '../notification.types.js';

/** One channel kind's protocol. Throws DeliveryFailure (with `retryable`) when the send did not go through. */
export interface ChannelSender {
  send(channel: ChannelRecord, message: OutboundMessage): Promise<void>;
}

/** The plain-text form every kind shares: title, message, then the link to the portal page. */
export function plainText(message: OutboundMessage): string {
  const { title, message: text, link } = message.rendered;
  return [title, '', text, ...(link ? ['', link] : [])].join('\n');
}
