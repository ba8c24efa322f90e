// Hostile-requests drill: valid-looking argument values for an argument site, built from the argument
// types and the seeded world's real ids, emails and cursors (so hostile values sit among real ones).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../../lib/surface.mjs';
import { G } from './schema-targets.mjs';
import { Enum } from './values.mjs';

const { bech32 } = createRequire(join(ROOT, 'server/package.json'))('bech32');
const { isNonNullType, isListType, isInputObjectType, isEnumType } = G;

/**
 * For the PRNG `R` and the seeded `world` (world.mjs); `seed` makes registered emails unique per run,
 * `password` is the seeded accounts' real password. `bech` and `iso` are shared with the hostile values.
 */
export function makeValidValues(R, world, { seed, password }) {
  const bech = (hrp = 'gonka', n = 20) => bech32.encode(hrp, bech32.toWords(R.bytes(n)), 1023);
  const iso = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  let serial = 0;

  function validString(name, parentType) {
    switch (name) {
      case 'after':
        return R.chance(0.5) ? undefined : R.pick(world.cursors);
      case 'email':
        return parentType === 'LoginInput' && R.chance(0.6) ? R.pick(world.emails) : `fz-${seed.toString(36)}-${serial++}@bench.test`;
      case 'password':
        return parentType === 'LoginInput' && R.chance(0.5) ? password : 'another-long-password';
      case 'currentPassword':
        return 'not-the-password-1'; // a successful change would sign the bench's sessions out
      case 'newPassword':
        return 'a-new-long-password';
      case 'identifier':
        return R.weighted([
          [bech(), 5],
          [R.pick(world.unowned), 2],
          [R.pick(world.otherIdentifiers), 2],
        ]);
      case 'search':
        return R.pick(['node', 'bench', 'c', '@bench', 'gonka1', 'H100']);
      case 'gpuType':
        return R.pick(['H100', '8x H100', 'A100 80GB']);
      case 'comments':
      case 'adminNotes':
        return R.pick(['please help', 'noted', 'Frankfurt, asap']);
      case 'budget':
        return '1000-2000 USD';
      case 'telegram':
        return '@bench_user';
      case 'discord':
        return 'bench#0001';
      case 'displayName':
        return `rig-${R.int(1, 99)}`;
      case 'region':
        return 'Frankfurt';
      case 'refreshToken':
        return R.bytes(32).toString('base64url');
      default:
        return 'hello';
    }
  }

  function validId(name, site) {
    const f = site.field.name;
    if (name === 'userId') return R.pick([world.victim.id, world.other.id, R.uuid()]);
    if (name === 'assignedToId') return R.pick([world.admin.id, world.victim.id, R.uuid()]);
    // unassignNode only ever unlinks the victim's nodes: the other customer's stay theirs all run, so
    // any answer to the victim that holds them is someone else's data.
    if (name === 'nodeId') return R.pick([...world.victimNodes, R.uuid()]);
    if (f === 'node') return R.pick([...world.victimNodes, ...world.otherNodes, R.uuid()]);
    if (f === 'supportRequest' || f === 'updateSupportRequest') return R.pick([...world.victimRequests, ...world.otherRequests, R.uuid()]);
    return R.uuid();
  }

  /** A plausible value of `type` (undefined = leave out an optional one). */
  function valid(type, name, site, parentType, required = false) {
    if (isNonNullType(type)) return valid(type.ofType, name, site, parentType, true);
    if (!required && R.chance(0.35) && name !== 'input') return undefined;
    if (isListType(type)) return Array.from({ length: R.int(1, 3) }, () => valid(type.ofType, name, site, parentType, true));
    const t = type;
    if (isEnumType(t)) return new Enum(R.pick(t.getValues()).name);
    if (isInputObjectType(t)) {
      const out = {};
      for (const f of Object.values(t.getFields())) {
        const v = valid(f.type, f.name, site, t.name, isNonNullType(f.type) && f.defaultValue === undefined);
        if (v !== undefined) out[f.name] = v;
      }
      if (t.name === 'DateRangeInput' && R.chance(0.5)) return { from: iso(R.int(5, 60)), to: iso(R.int(0, 4)) };
      return out;
    }
    switch (t.name) {
      case 'Int':
        return name === 'first' ? R.pick([1, 5, 20, 100]) : name === 'quantity' ? R.int(1, 100) : R.int(1, 50);
      case 'Float':
        return R.next() * 100;
      case 'Boolean':
        return R.chance(0.5);
      case 'ID':
        return validId(name, site);
      case 'DateTime':
        return iso(R.int(0, 30));
      default:
        return validString(name, parentType);
    }
  }

  function validArgs(field, site) {
    const args = {};
    for (const a of field.args) {
      const v = valid(a.type, a.name, site, undefined, isNonNullType(a.type) && a.defaultValue === undefined);
      if (v !== undefined) args[a.name] = v;
    }
    return args;
  }

  return { valid, validArgs, bech, iso };
}
