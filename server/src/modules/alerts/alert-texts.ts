/**
 * STAND-IN (DELIV branch only): a minimal renderAlert so deliveries compile and send; EVAL's
 * alert-texts.ts (every kind worded in EN and RU, local dates) replaces this file at merge.
 */
import type { AlertRecord, Language, RenderedAlert } from './alert.types.js';

const STATE_WORDS: Record<Language, { open: string; resolved: string }> = {
  EN: { open: 'Alert', resolved: 'Resolved' },
  RU: { open: 'Оповещение', resolved: 'Решено' },
};

export function renderAlert(alert: AlertRecord, language: Language, publicUrl: string): RenderedAlert {
  const words = STATE_WORDS[language];
  const subject = alert.node ? `${alert.node.displayName} (${alert.node.identifier})` : 'MineGNK';
  const title = `${alert.state === 'RESOLVED' ? words.resolved : words.open}: ${alert.kind} — ${subject}`;
  return { title, message: title, link: alert.nodeId ? `${publicUrl}/nodes/${alert.nodeId}` : null };
}
