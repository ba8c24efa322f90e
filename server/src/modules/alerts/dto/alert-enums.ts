/**
 * GraphQL enums AlertKind, AlertSeverity and AlertState (contract names), built from the shared
 * lists in alert.types.ts so the schema and the stored values cannot drift (values = names, so
 * records need no conversion). Registered ONCE for the whole schema, here in the alerts domain that
 * owns them; notifications imports them.
 */
import { registerEnumType } from '@nestjs/graphql';
import { ALERT_KINDS, ALERT_SEVERITIES } from '../alert.types.js';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const AlertKindEnum = asEnum(ALERT_KINDS);
export const AlertSeverityEnum = asEnum(ALERT_SEVERITIES);
export const AlertStateEnum = asEnum(['OPEN', 'RESOLVED'] as const);

registerEnumType(AlertKindEnum, {
  name: 'AlertKind',
  description: 'What an alert is about (node status, epoch guard, earnings, support, assignment, system).',
});
registerEnumType(AlertSeverityEnum, { name: 'AlertSeverity', description: 'INFO < WARNING < CRITICAL (channels filter by a minimum).' });
registerEnumType(AlertStateEnum, { name: 'AlertState', description: 'OPEN while its condition holds (or until acknowledged, for notices); RESOLVED after.' });
