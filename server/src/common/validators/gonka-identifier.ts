import { bech32 } from 'bech32';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/** Human-readable prefix each identifier type must carry (bech32, checksum verified). */
const HRP_BY_TYPE: Record<string, string | null> = {
  wallet: 'gonka',
  operator: 'gonkavaloper',
  validator: 'gonkavalcons',
  node_id: null, // an ML node id is free text chosen by the host
};
const NODE_ID = /^[\w.:-]{1,128}$/;

export function isValidGonkaIdentifier(identifier: string, type: string): boolean {
  const hrp = HRP_BY_TYPE[type];
  if (hrp === undefined) return false;
  if (hrp === null) return NODE_ID.test(identifier);
  try {
    const decoded = bech32.decode(identifier, 128);
    return decoded.prefix === hrp && bech32.fromWords(decoded.words).length === 20 && identifier === identifier.toLowerCase();
  } catch {
    return false;
  }
}

/** Validates `identifier` against the object's `identifierType` (e.g. a wallet must be gonka1… bech32). */
export function IsGonkaIdentifier() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isGonkaIdentifier',
      target: object.constructor,
      propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && isValidGonkaIdentifier(value, String((args.object as { identifierType?: string }).identifierType)),
        defaultMessage: (args: ValidationArguments) => {
          const type = (args.object as { identifierType?: string }).identifierType;
          const hrp = type ? HRP_BY_TYPE[type] : undefined;
          return hrp ? `identifier must be a valid ${hrp}1… bech32 address` : 'identifier must be 1-128 letters, digits, _ . : -';
        },
      },
    });
}
