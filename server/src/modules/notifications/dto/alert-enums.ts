/**
 * GraphQL enums AlertKind and AlertSeverity (contract names), built from the shared lists in
 * alerts/alert.types.ts so the schema and the stored values cannot drift. Registered ONCE for the
 * whole schema: the alerts module imports these rather than registering its own.
 */
import { registerEnumType } from '@nestjs/graphql';
import { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from '../../alerts/alert.types.js';

export const AlertKindEnum = Object.fromEntries(ALERT_KINDS.map((k) => [k, k])) as { [K in AlertKind]: K };
export const AlertSeverityEnum = Object.fromEntries(ALERT_SEVERITIES.map((s) => [s, s])) as { [S in AlertSeverity]: S };

registerEnumType(AlertKindEnum, {
  name: 'AlertKind',
  description: 'What an alert is about: node status, epoch guard, earnings, requests, assignments or the system.',
});
registerEnumType(AlertSeverityEnum, { name: 'AlertSeverity', description: 'INFO < WARNING < CRITICAL.' });
