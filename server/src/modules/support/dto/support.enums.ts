import { registerEnumType } from '@nestjs/graphql';

/** GraphQL names are UPPER_CASE; the values are what the database stores. */
export enum SupportRequestType {
  NEW_NODE = 'new_node',
  SUPPORT = 'support',
  OTHER = 'other',
}

export enum SupportRequestStatus {
  PENDING = 'pending',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  REJECTED = 'rejected',
}

export enum Network {
  GONKA = 'gonka',
}

registerEnumType(SupportRequestType, { name: 'SupportRequestType', description: 'NEW_NODE (rent more nodes), SUPPORT (help with a node) or OTHER.' });
registerEnumType(SupportRequestStatus, {
  name: 'SupportRequestStatus',
  description: 'PENDING → IN_PROGRESS → COMPLETED | REJECTED, or PENDING → REJECTED.',
});
registerEnumType(Network, { name: 'Network', description: 'Blockchain network a node runs on.' });

/** GraphQL name of a status, for messages clients may show. */
export function statusName(status: string): string {
  return status.toUpperCase();
}
