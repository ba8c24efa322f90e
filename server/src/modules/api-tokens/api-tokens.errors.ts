import { DomainError, Forbidden, NotFound } from '../../common/domain-error.js';
import { ACTIVE_TOKENS_MAX } from './api-tokens.constants.js';

export class ApiTokenNotFound extends NotFound {
  constructor() {
    super('API token');
  }
}

export class ApiTokenLimitReached extends DomainError {
  constructor() {
    super('CONFLICT', `An account can have at most ${ACTIVE_TOKENS_MAX} live API tokens; revoke one first`, { limit: ACTIVE_TOKENS_MAX });
  }
}

/** A leaked token must not be able to mint longer-lived ones or revoke the owner's others. */
export class ApiTokenManagementNeedsSignIn extends Forbidden {
  constructor() {
    super('API tokens are managed from a signed-in session (the profile page), not with an API token');
  }
}

/** Over the per-token request limit; the token itself is never part of the message. */
export class ApiTokenRateLimited extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    limit: number,
  ) {
    super('RATE_LIMITED', `This API token made more than ${limit} requests in a minute; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
      limit,
    });
  }
}
