import { describe, expect, it } from 'vitest';
import { parseBulkLines } from './parse-bulk-lines';

describe('parseBulkLines', () => {
  it('splits comma, tab and space separated lines, keeps source line numbers, skips blanks and a header', () => {
    const text = 'identifier,display name\r\ngonka1aaa,rig 01\n\n"gonka1bbb","rig, 02"\ngonka1ccc\trig-03\ngonka1ddd   rig 04\n  gonka1eee  \n';
    expect(parseBulkLines(text)).toEqual([
      { sourceLine: 2, identifier: 'gonka1aaa', displayName: 'rig 01' },
      { sourceLine: 4, identifier: 'gonka1bbb', displayName: 'rig, 02' },
      { sourceLine: 5, identifier: 'gonka1ccc', displayName: 'rig-03' },
      { sourceLine: 6, identifier: 'gonka1ddd', displayName: 'rig 04' },
      { sourceLine: 7, identifier: 'gonka1eee', displayName: null },
    ]);
  });

  it('an empty text has no lines', () => {
    expect(parseBulkLines(' \n\n')).toEqual([]);
  });
});
