/** What other modules use from auth: guard resolver classes, read the caller. */
export { AccessGate } from './access-gate.js';
export { AuthModule } from './auth.module.js';
export type { AuthUser } from './auth-user.js';
export { BearerAuth, type BearerAccess, type BearerAdmission } from './bearer-auth.service.js';
export { CurrentUser } from './decorators/current-user.decorator.js';
export { Public } from './decorators/public.decorator.js';
export { Roles } from './decorators/roles.decorator.js';
export { GqlAuthGuard } from './guards/gql-auth.guard.js';
export { RolesGuard } from './guards/roles.guard.js';
