import { SetMetadata } from '@nestjs/common';
import type { AuthUser } from '../auth-user.js';

export const ROLES_KEY = 'minegnk:roles';

/** Restricts an operation (or a whole resolver class) to these roles; checked by RolesGuard. */
export const Roles = (...roles: Array<AuthUser['role']>) => SetMetadata(ROLES_KEY, roles);
