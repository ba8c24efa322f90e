import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { BadUserInput } from '../common/domain-error.js';
import { reasonOfConstraint } from '../common/input-reasons.js';
import { findLoneSurrogate } from '../common/validators/well-formed-text.js';

/** Carries class-validator's errors out of ValidationPipe so `transform` can add the argument name. */
class ValidationFailed extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

/** First failing constraint, depth first, with its dotted path inside the validated object. */
function firstFailure(errors: ValidationError[], prefix: string[] = []): { path: string[]; message: string; constraint: string } | undefined {
  for (const error of errors) {
    const path = [...prefix, error.property];
    const [first] = Object.entries(error.constraints ?? {});
    if (first) return { path, constraint: first[0], message: first[1] };
    const nested = firstFailure(error.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Global pipe for GraphQL arguments: class-validator on every input/args class, transformed to the
 * class (so @Transform normalisers run). A failure becomes BAD_USER_INPUT whose `field` is the path
 * as the client sent it: `input.quantity` for `@Args('input')`, `first` for an @ArgsType class.
 * Before that, every string anywhere in an argument (scalar args, nested inputs, lists) must be
 * well-formed UTF-16: one check here instead of a decorator to forget on each field.
 */
@Injectable()
export class GqlValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      // GraphQL already refuses undeclared input fields; stripping undecorated ones would silently drop data.
      whitelist: false,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new ValidationFailed(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Nest reports @Args values as 'body'; root, context, info and custom decorators as 'custom' (not client input).
    if (metadata.type === 'body') {
      const lone = findLoneSurrogate(value);
      if (lone) {
        const field = [metadata.data, ...lone].filter(Boolean).join('.');
        throw new BadUserInput(field, `${field} must not contain unpaired UTF-16 surrogates`);
      }
    }
    try {
      return await super.transform(value, metadata);
    } catch (e) {
      if (!(e instanceof ValidationFailed)) throw e;
      const failure = firstFailure(e.errors) ?? { path: [], message: 'is invalid', constraint: '' };
      const field = [metadata.data, ...failure.path].filter(Boolean).join('.');
      const property = failure.path.at(-1) ?? '';
      // class-validator messages start with the property name; say the full path instead.
      const message = property && failure.message.startsWith(property) ? field + failure.message.slice(property.length) : `${field}: ${failure.message}`;
      const { reason, params } = reasonOfConstraint(failure.constraint, failure.message);
      throw new BadUserInput(field, message, reason, params);
    }
  }
}
