/**
 * Why an input was refused, as a stable code beside BAD_USER_INPUT's field (`extensions.reason`,
 * with `extensions.params`): clients word it in the user's language; the message stays English for
 * integrators and logs. A reason no client knows yet still reads as INVALID.
 */
export type InputReason =
  | 'INVALID'
  | 'INVALID_FORMAT'
  | 'REQUIRED'
  | 'TOO_SMALL'
  | 'TOO_LARGE'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'TOO_FEW'
  | 'TOO_MANY'
  | 'NOT_INTEGER'
  | 'NOT_EMAIL'
  | 'NOT_AN_ID'
  | 'NOT_DECIMAL'
  | 'NOT_POSITIVE'
  | 'NOT_DATE'
  | 'NOT_MONTH'
  | 'IN_FUTURE'
  | 'TOO_FAR'
  | 'NOT_IN_FUTURE'
  | 'RANGE_TOO_LONG'
  | 'RANGE_REVERSED'
  | 'BAD_IDENTIFIER'
  | 'NOT_DISCORD_WEBHOOK'
  | 'URL_REFUSED'
  | 'TELEGRAM_NOT_CONFIGURED'
  | 'TELEGRAM_TARGET_NOT_EMPTY'
  | 'TOO_MANY_CHANNELS';

/** Numbers a reason's text needs (a limit, days), never user text. */
export type InputReasonParams = Record<string, number | string>;

const LIMITED: Record<string, InputReason> = {
  max: 'TOO_LARGE',
  min: 'TOO_SMALL',
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  arrayMaxSize: 'TOO_MANY',
  arrayMinSize: 'TOO_FEW',
};

const PLAIN: Record<string, InputReason> = {
  isNotEmpty: 'REQUIRED',
  matches: 'INVALID_FORMAT',
  isInt: 'NOT_INTEGER',
  isEmail: 'NOT_EMAIL',
  isUuid: 'NOT_AN_ID',
  isGonkaIdentifier: 'BAD_IDENTIFIER',
};

/** The last number in class-validator's own message ("… must not be greater than 100"). */
function limitIn(message: string): number | undefined {
  const numbers = message.match(/-?\d+(\.\d+)?/g);
  return numbers ? Number(numbers[numbers.length - 1]) : undefined;
}

/** A class-validator constraint (its key) as a reason; limits read from its default message. */
export function reasonOfConstraint(constraint: string, message: string): { reason: InputReason; params?: InputReasonParams } {
  const limited = constraint === 'isLength' ? (message.includes('shorter') ? 'TOO_LONG' : 'TOO_SHORT') : LIMITED[constraint];
  if (limited) {
    const limit = limitIn(message);
    return limit === undefined ? { reason: limited } : { reason: limited, params: { limit } };
  }
  return { reason: PLAIN[constraint] ?? 'INVALID' };
}
