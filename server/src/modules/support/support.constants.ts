/** Bounds for support request fields; the support_requests check constraints match these. */
export const QUANTITY_MIN = 1;
export const QUANTITY_MAX = 100;
export const GPU_TYPE_MAX_LENGTH = 64;
export const BUDGET_MAX_LENGTH = 200;
export const COMMENTS_MAX_LENGTH = 2000;
export const ADMIN_NOTES_MAX_LENGTH = 2000;

/** Links per request: a new-node request asks for at most 100 nodes (CreateSupportRequestInput.quantity). */
export const REQUEST_NODES_MAX = QUANTITY_MAX;
