import type { RunningSimulator } from '../../simulator/index.js';
import type { ChannelsService } from '../notifications/channels.service.js';
import { NotificationChannelKind } from '../notifications/dto/channel.enums.js';

/** Where the demo customer's webhook goes: the simulator's webhook sink (GET it to watch). */
export const demoWebhookSink = (sim: RunningSimulator) => `${sim.url}/__sim/webhook-sink/demo-customer`;
const WEBHOOK_LABEL = 'Demo webhook';

/**
 * Demo accounts' notification channels (issue #14): the customer's email and a signed webhook into
 * the simulator's sink, the admin's email. Email goes to the built-in SMTP sink (admins read it in
 * the portal, Admin → Mail sink). The simulator listens on a new port at every start and keeps
 * nothing, so the demo webhook is made anew each time and the sink is told its secret (it then
 * shows whether each signature checks out); the email channels are made once.
 */
export async function ensureDemoChannels(
  channels: ChannelsService,
  sim: RunningSimulator,
  ids: { customer: string; admin: string },
  emails: { customer: string; admin: string },
): Promise<string[]> {
  const customer = await channels.list(ids.customer);
  if (!customer.some((c) => c.channel.kind === NotificationChannelKind.EMAIL)) {
    await channels.create(ids.customer, { kind: NotificationChannelKind.EMAIL, target: emails.customer, label: 'Demo inbox', minSeverity: 'INFO' });
  }
  for (const old of customer.filter((c) => c.channel.kind === NotificationChannelKind.WEBHOOK && c.channel.label === WEBHOOK_LABEL))
    await channels.delete(ids.customer, old.channel.id);
  const { secret } = await channels.create(ids.customer, {
    kind: NotificationChannelKind.WEBHOOK,
    target: demoWebhookSink(sim),
    label: WEBHOOK_LABEL,
    minSeverity: 'WARNING',
  });
  await fetch(`${demoWebhookSink(sim)}/secret`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secret }) });
  if (!(await channels.list(ids.admin)).some((c) => c.channel.kind === NotificationChannelKind.EMAIL)) {
    await channels.create(ids.admin, { kind: NotificationChannelKind.EMAIL, target: emails.admin, label: 'Ops inbox', minSeverity: 'WARNING' });
  }
  return [
    `customer: email ${emails.customer} (mail sink, INFO and up), webhook ${demoWebhookSink(sim)} (WARNING and up)`,
    `admin: email ${emails.admin} (mail sink)`,
  ];
}
