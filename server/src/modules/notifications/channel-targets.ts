/**
 * Per-kind rules for a channel's target at creation: what each kind accepts, and the form stored.
 * Outbound URLs also pass the SSRF guard. Errors name `input.target` (or `input.kind`).
 */
import { z } from 'zod';
import { BadUserInput } from '../../common/domain-error.js';
import type { ChannelKind } from './notification.types.js';
import { assertOutboundUrl, OutboundUrlRefused } from './outbound-url.js';

const TARGET = 'input.target';
const email = z.email();
const DISCORD_HOSTS = new Set(['discord.com', 'discordapp.com', 'ptb.discord.com', 'canary.discord.com']);

/** What the API shows of a stored target: URLs may carry tokens (Discord's do), so only scheme and host. */
export function maskTarget(kind: ChannelKind, target: string): string {
  if (kind !== 'WEBHOOK' && kind !== 'DISCORD') return target;
  try {
    const url = new URL(target);
    return `${url.protocol}//${url.host}/…`;
  } catch {
    return '…';
  }
}

async function guardedUrl(target: string, allowPrivate: boolean): Promise<URL> {
  try {
    return await assertOutboundUrl(target, allowPrivate);
  } catch (e) {
    if (e instanceof OutboundUrlRefused) throw new BadUserInput(TARGET, `${TARGET} ${e.message}`, 'URL_REFUSED');
    throw e;
  }
}

export interface TargetRules {
  production: boolean;
  allowPrivate: boolean;
  telegramConfigured: boolean;
}

/** The target to store ('' for a Telegram channel still to be linked); throws BadUserInput. */
export async function validateTarget(kind: ChannelKind, raw: string, rules: TargetRules): Promise<string> {
  const target = raw.trim();
  switch (kind) {
    case 'EMAIL':
      if (target.length > 254 || !email.safeParse(target).success) throw new BadUserInput(TARGET, `${TARGET} must be an email address`, 'NOT_EMAIL');
      return target;
    case 'TELEGRAM':
      if (!rules.telegramConfigured)
        throw new BadUserInput('input.kind', 'Telegram is not configured on this server (TELEGRAM_BOT_TOKEN)', 'TELEGRAM_NOT_CONFIGURED');
      // Linking proves the chat is the user's: a typed chat id would let anyone push alerts into any chat.
      if (target !== '')
        throw new BadUserInput(TARGET, `${TARGET} must be empty for TELEGRAM: the chat is linked by opening the bot link`, 'TELEGRAM_TARGET_NOT_EMPTY');
      return '';
    case 'DISCORD': {
      const url = await guardedUrl(target, rules.allowPrivate);
      const official = url.protocol === 'https:' && DISCORD_HOSTS.has(url.hostname) && url.pathname.startsWith('/api/webhooks/');
      if (rules.production && !official)
        throw new BadUserInput(TARGET, `${TARGET} must be a Discord webhook URL (https://discord.com/api/webhooks/…)`, 'NOT_DISCORD_WEBHOOK');
      return url.toString();
    }
    case 'WEBHOOK':
      return (await guardedUrl(target, rules.allowPrivate)).toString();
  }
}
