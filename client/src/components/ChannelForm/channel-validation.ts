import type { NotificationChannelKind } from '../../gql/graphql';

export const LABEL_MAX = 64;
// The server's CHANNEL_LABEL_MAX and CHANNEL_TARGET_MAX (notifications/dto/channel.inputs.ts).
export const TARGET_MAX = 2048;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The i18n key of what is wrong with a channel's target, or null. Only the shape is checked here;
 * the server also refuses private and loopback addresses (SSRF), which the form shows from its answer.
 */
export function targetError(kind: NotificationChannelKind, target: string): string | null {
  const value = target.trim();
  if (kind === 'TELEGRAM') return null; // linked by the deep link after saving
  if (!value) return 'alerts.channels.required';
  if (value.length > TARGET_MAX) return 'alerts.channels.tooLong';
  if (kind === 'EMAIL') return EMAIL.test(value) ? null : 'alerts.channels.invalidEmail';
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'alerts.channels.invalidUrl';
  } catch {
    return 'alerts.channels.invalidUrl';
  }
}

export function labelError(label: string): string | null {
  const value = label.trim();
  if (!value) return 'alerts.channels.required';
  return value.length > LABEL_MAX ? 'alerts.channels.tooLong' : null;
}
