import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { normalizeEmail } from '../../users/email.js';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/users.constants.js';

/** Emails are compared and stored normalized (NFKC, lower case, trimmed): see normalizeEmail. */
export const NormalizeEmail = () => Transform(({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value));

/** Validators shared by every email field. */
export function EmailField(): PropertyDecorator {
  return (target, key) => {
    NormalizeEmail()(target, key);
    IsEmail({}, { message: '$property must be a valid email address' })(target, key);
    MaxLength(EMAIL_MAX_LENGTH)(target, key);
  };
}

/** Validators for a password being set. */
export function NewPasswordField(): PropertyDecorator {
  return (target, key) => {
    IsString()(target, key);
    MinLength(PASSWORD_MIN_LENGTH, { message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters` })(target, key);
    MaxLength(PASSWORD_MAX_LENGTH, { message: `$property must be at most ${PASSWORD_MAX_LENGTH} characters` })(target, key);
  };
}
