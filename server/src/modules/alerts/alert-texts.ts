import { type AlertRecord, type Language, type RenderedAlert, STATEFUL_ALERT_KINDS } from './alert.types.js';
import { EN, enRecovered } from './alert-texts.en.js';
import { textContext } from './alert-texts.format.js';
import { RU, ruRecovered } from './alert-texts.ru.js';

const WORDS = { EN: { open: EN, recovered: enRecovered }, RU: { open: RU, recovered: ruRecovered } } as const;

/** The portal page that shows an alert: its node, the support requests, or the admin pages. */
export function alertPath(alert: Pick<AlertRecord, 'kind' | 'nodeId'>): string | null {
  if (alert.kind.startsWith('REQUEST_')) return alert.kind === 'REQUEST_CREATED' ? '/admin' : '/requests';
  if (alert.kind.startsWith('SYSTEM_')) return '/admin';
  return alert.nodeId ? `/nodes/${alert.nodeId}` : null;
}

/**
 * An alert worded for one reader (server-side, for email, Telegram, Discord, webhooks and the
 * GraphQL Alert.title/message), from its params' codes — never from stored English. A RESOLVED
 * stateful alert reads as its recovery notice. `publicUrl` '' gives the link as a portal path.
 */
export function renderAlert(alert: AlertRecord, language: Language, publicUrl: string): RenderedAlert {
  const words = WORDS[language] ?? WORDS.EN;
  const node = alert.node?.displayName || alert.node?.identifier || String(alert.params.nodeName ?? '');
  const c = textContext(alert.params, node, language);
  // A one-shot alert is resolved by acknowledging it: it still reads as the notice it was.
  const recovered = alert.state === 'RESOLVED' && STATEFUL_ALERT_KINDS.has(alert.kind);
  const { title, message } = recovered ? words.recovered(alert.kind, c) : words.open[alert.kind](c);
  const path = alertPath(alert);
  return { title, message, link: path === null ? null : `${publicUrl.replace(/\/+$/, '')}${path}` };
}
