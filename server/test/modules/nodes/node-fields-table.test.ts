import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { LazyMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/lazy-metadata.storage.js';
import { buildSchema, isObjectType } from 'graphql';
import { Node } from '../../../src/modules/nodes/dto/node.model.js';
import { NODE_FIELD_LOADERS, NODE_FIELDS_WITHOUT_LOADER } from '../../../src/modules/nodes/node-fields.js';

/**
 * A Node field resolved lazily but missing from NODE_FIELD_LOADERS is not prefetched: every node of a
 * list then loads it on its own, a silent slowdown no other test notices. So every field of the
 * committed schema's Node must be classified: a column of the node row, a loader field, or one of the
 * few fields that run their own query.
 */

// Compiled tests run from server/dist/test/modules/nodes/.
const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../../schema.graphql'), 'utf8'));

function schemaNodeFields(): string[] {
  const type = schema.getType('Node');
  assert.ok(isObjectType(type), 'schema.graphql defines the object type Node');
  return Object.keys(type.getFields()).sort();
}

/** The @Field properties of class Node, as Nest's code-first schema builder will read them. */
function nodeModelColumns(): string[] {
  LazyMetadataStorage.load([Node]);
  const metadata = TypeMetadataStorage.getObjectTypeMetadataByTarget(Node);
  assert.ok(metadata, 'class Node is an @ObjectType');
  TypeMetadataStorage.compileClassMetadata([metadata]);
  return metadata.properties!.map((p) => p.name).sort();
}

const loaderFields = new Set<string>(Object.keys(NODE_FIELD_LOADERS));
const fieldsWithoutLoader = new Set<string>(NODE_FIELDS_WITHOUT_LOADER);

describe('Node field table', () => {
  it('every field of Node is exactly one of: a column, a loader field, a field without loader', () => {
    for (const field of schemaNodeFields()) {
      const kinds = [loaderFields.has(field), fieldsWithoutLoader.has(field)].filter(Boolean).length;
      assert.ok(kinds <= 1, `${field} is both in NODE_FIELD_LOADERS and NODE_FIELDS_WITHOUT_LOADER`);
    }
    const columns = schemaNodeFields().filter((f) => !loaderFields.has(f) && !fieldsWithoutLoader.has(f));
    assert.deepEqual(
      columns,
      nodeModelColumns(),
      'a Node field that is neither a @Field of class Node nor in node-fields.ts: add it to NODE_FIELD_LOADERS (or NODE_FIELDS_WITHOUT_LOADER)',
    );
  });

  it('every key of NODE_FIELD_LOADERS and NODE_FIELDS_WITHOUT_LOADER is a field of Node in the schema', () => {
    const fields = new Set(schemaNodeFields());
    for (const field of [...loaderFields, ...fieldsWithoutLoader]) assert.ok(fields.has(field), `${field} is not a field of Node`);
  });
});
