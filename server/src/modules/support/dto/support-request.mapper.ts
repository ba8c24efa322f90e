import type { SupportRequestEntity } from '../entities/support-request.entity.js';
import type { SupportRequest } from './support-request.model.js';
import type { Network, SupportRequestStatus, SupportRequestType } from './support.enums.js';

/** The one entity → GraphQL mapping for support requests. */
export function toSupportRequest(e: SupportRequestEntity): SupportRequest {
  return {
    id: e.id,
    type: e.type as SupportRequestType,
    gpuType: e.gpuType,
    quantity: e.quantity,
    budget: e.budget,
    network: e.network as Network,
    comments: e.comments,
    status: e.status as SupportRequestStatus,
    adminNotes: e.adminNotes,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    userId: e.userId,
    assignedToId: e.assignedTo,
    expectedEarnings:
      e.expectedAt && e.expectedPerEpochGnk !== null && e.expectedBasis
        ? { quantity: e.quantity, perEpoch: e.expectedPerEpochGnk, perDay: e.expectedPerDayGnk, basis: e.expectedBasis, computedAt: e.expectedAt }
        : null,
  };
}
