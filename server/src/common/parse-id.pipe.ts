import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { BadUserInput } from './domain-error.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For `@Args('id', ParseIdPipe)`: a malformed id is BAD_USER_INPUT naming the argument, never a SQL error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
    const field = metadata.data ?? 'id';
    throw new BadUserInput(field, `${field} must be a valid id`, 'NOT_AN_ID');
  }
}
