import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOADER_KEYS, NODE_FIELD_LOADERS, NODE_FIELDS_WITHOUT_LOADER } from '../../../src/modules/nodes/node-fields.js';
import { prefetchNodeFields } from '../../../src/modules/nodes/node-prefetch.js';

type Ctx = Parameters<typeof prefetchNodeFields>[0];
type List = Parameters<typeof prefetchNodeFields>[2];
type LoaderName = keyof typeof LOADER_KEYS;

/**
 * What each loader's batch is keyed by, stated here rather than read from LOADER_KEYS: the upstream
 * loaders look nodes up by their Gonka identifier, those over our own tables by the portal's id. A
 * loader prefetched with the other key would batch keys it never finds.
 */
const EXPECTED_KEY: Record<LoaderName, 'id' | 'identifier'> = {
  nodeStats: 'identifier',
  nodeHardware: 'identifier',
  nodeJobs: 'identifier',
  nodeEarnings: 'id',
  nodeEarningsByDay: 'id',
  nodeUptime: 'id',
  nodeOwner: 'id',
  nodeCloudInstance: 'id',
  nodeRents: 'id',
};

const nodes = [
  { id: 'id-1', identifier: 'gonka1first' },
  { id: 'id-2', identifier: 'gonka1second' },
];

/** ctx.loaders whose every loader records what it was asked to prefetch and prime. */
function recordingContext() {
  const prefetched: [LoaderName, unknown[]][] = [];
  const primed: [LoaderName, unknown, unknown][] = [];
  const loaders = Object.fromEntries(
    (Object.keys(LOADER_KEYS) as LoaderName[]).map((name) => [
      name,
      {
        prefetch: async (keys: unknown[]) => void prefetched.push([name, [...keys]]),
        prime: (key: unknown, value: unknown) => void primed.push([name, key, value]),
      },
    ]),
  );
  return { ctx: { loaders } as unknown as Ctx, prefetched, primed };
}

function list(extra: Partial<List> = {}): List {
  return { page: { nodes }, ...extra } as unknown as List;
}

const columns = ['id', 'identifier', 'identifierType', 'displayName', 'gpuType', 'region', 'createdAt'];

describe('prefetchNodeFields', () => {
  it('every loader has a stated key', () => {
    assert.deepEqual(Object.keys(LOADER_KEYS).sort(), Object.keys(EXPECTED_KEY).sort());
  });

  for (const name of Object.keys(LOADER_KEYS) as LoaderName[]) {
    const fields = Object.entries(NODE_FIELD_LOADERS)
      .filter(([, loader]) => loader === name)
      .map(([field]) => field);
    it(`${name}: prefetched by ${EXPECTED_KEY[name]}, exactly when one of its fields is selected`, async () => {
      assert.ok(fields.length > 0, `${name} serves no field`);
      for (const field of fields) {
        const { ctx, prefetched } = recordingContext();
        await prefetchNodeFields(ctx, new Set(['id', field]), list());
        assert.deepEqual(prefetched, [[name, nodes.map((n) => n[EXPECTED_KEY[name]])]], `selecting ${field}`);
      }
      const others = Object.keys(NODE_FIELD_LOADERS).filter((f) => !fields.includes(f));
      const { ctx, prefetched } = recordingContext();
      await prefetchNodeFields(ctx, new Set([...columns, ...NODE_FIELDS_WITHOUT_LOADER, ...others]), list());
      assert.ok(!prefetched.some(([loader]) => loader === name), `${name} is not touched when none of ${fields} is selected`);
    });
  }

  it('columns and fields without loader alone prefetch nothing', async () => {
    const { ctx, prefetched } = recordingContext();
    await prefetchNodeFields(ctx, new Set([...columns, ...NODE_FIELDS_WITHOUT_LOADER]), list());
    assert.deepEqual(prefetched, []);
  });

  it('all loader fields selected: each loader prefetched once', async () => {
    const { ctx, prefetched } = recordingContext();
    await prefetchNodeFields(ctx, new Set(Object.keys(NODE_FIELD_LOADERS)), list());
    assert.deepEqual(prefetched.map(([name]) => name).sort(), Object.keys(LOADER_KEYS).sort());
  });

  it('earnings the list query already read are primed into nodeEarnings', async () => {
    const { ctx, primed } = recordingContext();
    const sums = { day: '1.000000000', total: '2.000000000' };
    await prefetchNodeFields(ctx, new Set(['id']), list({ earnings: new Map([['id-1', sums]]) } as Partial<List>));
    assert.deepEqual(primed, [['nodeEarnings', 'id-1', sums]]);
  });

  it('an empty page prefetches nothing', async () => {
    const { ctx, prefetched } = recordingContext();
    await prefetchNodeFields(ctx, new Set(Object.keys(NODE_FIELD_LOADERS)), { page: { nodes: [] } } as unknown as List);
    assert.deepEqual(prefetched, []);
  });
});
