import { registerDecorator, type ValidationArguments } from 'class-validator';

/**
 * PostgreSQL `text` cannot hold U+0000: a NUL in a parameter fails the whole statement ("invalid byte
 * sequence for encoding UTF8: 0x00"), which used to surface as INTERNAL_SERVER_ERROR. Every free-text
 * argument that reaches SQL (stored, or compared with LIKE) carries this check, so a NUL is the
 * client's mistake: BAD_USER_INPUT naming the field.
 */
export function hasNulCharacter(value: unknown): boolean {
  return typeof value === 'string' && value.includes('\u0000');
}

/** Refuses strings containing U+0000 (non-strings are left to the other validators, e.g. IsString). */
export function NoNulCharacter() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'noNulCharacter',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => !hasNulCharacter(value),
        defaultMessage: (args: ValidationArguments) => `${args.property} must not contain NUL (\\u0000) characters`,
      },
    });
}
