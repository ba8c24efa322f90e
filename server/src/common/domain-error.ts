import { IntrinsicException } from '@nestjs/common';
import type { InputReason, InputReasonParams } from './input-reasons.js';

/**
 * Errors services throw. Each carries a stable code that clients switch on; `graphql/format-error.ts`
 * is the one place that turns them into GraphQL errors. Messages are safe to show to users.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'SERVICE_UNAVAILABLE';

// IntrinsicException: Nest's exception handler does not log these (they are expected outcomes, not faults).
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * A bad argument; `field` names it as the client sent it (e.g. `input.quantity`), `reason` says why
 * as a code clients word in the user's language (common/input-reasons.ts), `params` its numbers.
 */
export class BadUserInput extends DomainError {
  constructor(field: string, message: string, reason: InputReason = 'INVALID', params?: InputReasonParams) {
    super('BAD_USER_INPUT', message, params ? { field, reason, params } : { field, reason });
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Sign in required') {
    super('UNAUTHENTICATED', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You do not have access to this operation') {
    super('FORBIDDEN', message);
  }
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}
