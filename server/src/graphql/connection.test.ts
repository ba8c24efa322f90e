import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BadUserInput } from '../common/domain-error.js';
import { decodeCursor, encodeCursor } from './connection.js';

const UUID = '3f2b8c1e-9a4d-4e7f-b1c2-0d9e8f7a6b5c';
const AT = '2026-11-22 03:10:19.123456+00';

const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** decodeCursor must refuse `cursor` as the client's mistake on `after`, never pass it on to SQL. */
function assertRejected(cursor: string, idType: 'uuid' | 'bigint' = 'uuid') {
  assert.throws(
    () => decodeCursor(cursor, idType),
    (e: unknown) => {
      assert.ok(e instanceof BadUserInput, `expected BadUserInput, got ${String(e)}`);
      assert.equal(e.code, 'BAD_USER_INPUT');
      assert.deepEqual(e.extra, { field: 'after', reason: 'INVALID' });
      assert.equal(e.message, 'after is not a valid cursor');
      return true;
    },
  );
}

describe('encodeCursor / decodeCursor', () => {
  it('round-trips the full-microsecond timestamp and the id', () => {
    assert.deepEqual(decodeCursor(encodeCursor(AT, UUID), 'uuid'), [AT, UUID]);
    assert.deepEqual(decodeCursor(encodeCursor('2026-01-05 00:00:00+00', '123456789012345678'), 'bigint'), ['2026-01-05 00:00:00+00', '123456789012345678']);
  });

  it('is base64url: safe in a URL and in JSON without escaping', () => {
    const cursor = encodeCursor(AT, UUID);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.equal(Buffer.from(cursor, 'base64url').toString('utf8'), JSON.stringify([AT, UUID]));
  });

  it('accepts every form PostgreSQL prints a timestamptz in', () => {
    for (const at of [
      '2026-11-22 03:10:19+00',
      '2026-11-22 03:10:19.1+00',
      '2026-11-22 03:10:19.123456-03',
      '2026-11-22 03:10:19+05:30',
      '2024-02-29 23:59:59+00',
      '0001-01-01 00:00:00+00',
    ]) {
      assert.deepEqual(decodeCursor(raw([at, UUID]), 'uuid'), [at, UUID], at);
    }
  });

  it('accepts an upper-case uuid', () => {
    assert.deepEqual(decodeCursor(raw([AT, UUID.toUpperCase()]), 'uuid'), [AT, UUID.toUpperCase()]);
  });
});

describe('decodeCursor rejects a tampered cursor as BAD_USER_INPUT', () => {
  it('that is not base64 of JSON', () => {
    assertRejected('');
    assertRejected('not a cursor!');
    assertRejected(Buffer.from('[1, 2').toString('base64url'));
  });

  it('that is not a pair of strings', () => {
    assertRejected(raw({ at: AT, id: UUID }));
    assertRejected(raw([AT]));
    assertRejected(raw([AT, UUID, 'extra']));
    assertRejected(raw([Date.parse('2026-11-22'), UUID]));
    assertRejected(raw([AT, 42]));
    assertRejected(raw(null));
  });

  it('whose timestamp is not one PostgreSQL could have printed', () => {
    for (const at of [
      '2026-11-22T03:10:19.123Z', // ISO, not PostgreSQL's text
      '2026-11-22 03:10:19', // no offset
      '2026-11-22 03:10:19.1234567+00', // 7 fractional digits
      '2026-13-01 00:00:00+00',
      '2026-00-10 00:00:00+00',
      '2026-04-31 00:00:00+00',
      '2025-02-29 00:00:00+00', // not a leap year
      '2026-11-00 00:00:00+00',
      '2026-11-22 24:00:00+00',
      '2026-11-22 23:60:00+00',
      '2026-11-22 23:59:60+00',
      '2026-11-22 03:10:19+16',
      '2026-11-22 03:10:19+05:60',
      '0000-01-01 00:00:00+00',
      "2026-11-22 03:10:19+00'; DROP TABLE users; --",
    ]) {
      assertRejected(raw([at, UUID]));
    }
  });

  it('whose id is not of the column’s type', () => {
    assertRejected(raw([AT, '123']), 'uuid');
    assertRejected(raw([AT, `${UUID}x`]), 'uuid');
    assertRejected(raw([AT, UUID.replace(/-/g, '')]), 'uuid');
    assertRejected(raw([AT, UUID]), 'bigint');
    assertRejected(raw([AT, '1234567890123456789']), 'bigint'); // 19 digits
    assertRejected(raw([AT, '-1']), 'bigint');
    assertRejected(raw([AT, '']), 'bigint');
  });
});
