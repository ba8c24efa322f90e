import { DomainError, Unauthenticated } from '../../common/domain-error.js';

export class InvalidCredentials extends Unauthenticated {
  constructor() {
    super('Invalid email or password');
  }
}

export class InvalidRefreshToken extends Unauthenticated {
  constructor() {
    super('Refresh token is invalid, expired or already used; sign in again');
  }
}

const ACCESS_TOKEN_REJECTIONS = {
  invalid: 'Access token is invalid; sign in again',
  expired: 'Access token expired; refresh it or sign in again',
  revoked: 'This sign-in has ended (signed out, or the password was changed); sign in again',
};

export class AccessTokenRejected extends Unauthenticated {
  constructor(reason: keyof typeof ACCESS_TOKEN_REJECTIONS) {
    super(ACCESS_TOKEN_REJECTIONS[reason]);
  }
}

const API_TOKEN_REJECTIONS = {
  invalid: 'API token is invalid',
  expired: 'API token expired; create a new one in your profile',
  revoked: 'API token was revoked; create a new one in your profile',
};

/** Says what was refused, never the token itself. */
export class ApiTokenRejected extends Unauthenticated {
  constructor(reason: keyof typeof API_TOKEN_REJECTIONS) {
    super(API_TOKEN_REJECTIONS[reason]);
  }
}

export class LoginRateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many failed sign-in attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

export class RegistrationRateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many accounts created from this address; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

export class WrongCurrentPassword extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'Current password is wrong', { field: 'input.currentPassword' });
  }
}
