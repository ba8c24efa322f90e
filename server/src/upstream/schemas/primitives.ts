import { z } from 'zod';

/**
 * Wire-format building blocks shared by every upstream schema. The chain REST sends 64-bit
 * integers as strings, the node's /v1 API as numbers (and some node versions as strings too), and
 * Go's `omitempty` drops zero values — so each numeric field accepts both forms and a missing
 * counter means zero where the producer omits zeros. Measures shown to users (weights, throughput)
 * are the exception: missing reads as unknown (`countOrUnknown`).
 */

const INTEGER_STRING = /^-?\d+$/;

function isExactInteger(value: string | number): boolean {
  return typeof value === 'number' ? Number.isSafeInteger(value) : INTEGER_STRING.test(value);
}

/** Coin amount in ngonka → bigint, exact. A JSON number beyond 2^53 has already lost digits: rejected. */
export const ngonka = z.union([z.string(), z.number()]).transform((value, ctx): bigint => {
  if (isExactInteger(value)) return BigInt(value);
  ctx.addIssue({ code: 'custom', message: 'expected an exact integer amount (string, or number below 2^53)' });
  return z.NEVER;
});

/** Counts, heights, weights, epochs → number. Values beyond 2^53 cannot be counts: rejected. */
export const count = z.union([z.string(), z.number()]).transform((value, ctx): number => {
  const n = Number(value);
  if (isExactInteger(value) && Number.isSafeInteger(n)) return n;
  ctx.addIssue({ code: 'custom', message: 'expected an integer (string or number)' });
  return z.NEVER;
});

/** Fields the producer omits when zero. */
export const countOrZero = count.default(0);
/**
 * Measures shown to users (weights, throughput): absent reads as unknown (`null`), never as 0 —
 * under omitempty "0" and "not reported" look the same, and "0 tok/s" would claim a fact.
 */
export const countOrUnknown = count.nullish().transform((v) => v ?? null);
export const ngonkaOrZero = ngonka.default(0n);

/** Strings the producer omits when empty. */
export const stringOrEmpty = z.string().default('');

/** Go marshals a nil slice as `null` (and omits it under omitempty): both mean "none". */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((items): z.output<T>[] => items ?? []);
}

/** Finite float; also accepted as a numeric string (Python/Go serializers differ). */
export const float = z.union([z.number(), z.string()]).transform((value, ctx): number => {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  if (Number.isFinite(n)) return n;
  ctx.addIssue({ code: 'custom', message: 'expected a finite number' });
  return z.NEVER;
});

/**
 * The chain's `Decimal {value: int64 string, exponent: int}` (e.g. confirmationPoCRatio) → number.
 * Only used for ratios, where a float is the right type. `"value"e"exponent"` parses with correct rounding.
 */
export const chainDecimal = z
  .object({
    // The mantissa routinely exceeds 2^53 (1.0 is {"value": "10000000000000000", "exponent": -16}): keep its text.
    value: z.union([z.string().regex(INTEGER_STRING, 'expected an integer string'), z.number().int()]),
    exponent: z.number().int(),
  })
  .transform(({ value, exponent }) => Number(`${value}e${exponent}`));

/**
 * ISO-8601 timestamp → Date. Python trackers emit naive UTC (`2025-12-08T13:55:10.619478`): read as UTC.
 * CometBFT's nanosecond fractions are truncated to milliseconds by Date.
 */
export const timestamp = z.string().transform((value, ctx): Date => {
  const zoned = /([zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
  const date = new Date(zoned);
  if (!Number.isNaN(date.getTime())) return date;
  ctx.addIssue({ code: 'custom', message: 'expected an ISO-8601 timestamp' });
  return z.NEVER;
});

/** Cosmos uses the Unix epoch as "never" (e.g. `jailed_until` of a validator that was never jailed). */
export const timestampOrNeverAsNull = timestamp.transform((date) => (date.getTime() <= 0 ? null : date));

export const PARTICIPANT_STATUSES = ['UNSPECIFIED', 'ACTIVE', 'INACTIVE', 'INVALID', 'RAMPING', 'UNCONFIRMED'] as const;
/** Chain enum by name. An unknown name is a schema error: statuses drive alerts and must not be guessed. */
export const participantStatus = z.enum(PARTICIPANT_STATUSES);

export const HARDWARE_NODE_STATUSES = ['UNKNOWN', 'INFERENCE', 'POC', 'TRAINING', 'STOPPED', 'FAILED'] as const;
export type HardwareNodeStatus = (typeof HARDWARE_NODE_STATUSES)[number];
/** The hardware-node enum has its own UNKNOWN value: a newer status name maps to it instead of failing. */
export const hardwareNodeStatus = z
  .string()
  .transform((name): HardwareNodeStatus => ((HARDWARE_NODE_STATUSES as readonly string[]).includes(name) ? (name as HardwareNodeStatus) : 'UNKNOWN'));
