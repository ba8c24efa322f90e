import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../components/NodeFilters/NodeFilters';
import { parseNodeListParams, toNodeListParams } from './nodeListParams';

const parse = (query: string) => parseNodeListParams(new URLSearchParams(query));

describe('node list URL parameters', () => {
  it('round-trips a full state and keeps the plain list at a plain URL', () => {
    const state = { filters: { search: 'rig a', status: ['OFFLINE', 'HEALTHY'] as const, gpu: 'H100', sort: 'NAME' as const }, page: 3 };
    const params = toNodeListParams({ ...state, filters: { ...state.filters, status: [...state.filters.status] } });
    expect(params.toString()).toBe('q=rig+a&status=OFFLINE%2CHEALTHY&gpu=H100&sort=NAME&page=3');
    expect(parseNodeListParams(params)).toEqual({ ...state, filters: { ...state.filters, status: ['OFFLINE', 'HEALTHY'] } });
    expect(toNodeListParams({ filters: EMPTY_FILTERS, page: 1 }).toString()).toBe('');
  });

  it('falls back to the default for each malformed part', () => {
    expect(parse('')).toEqual({ filters: EMPTY_FILTERS, page: 1 });
    for (const page of ['0', '-2', '1.5', 'abc', '1e3', '999999999']) expect(parse(`page=${page}`).page).toBe(1);
    expect(parse('page=12000').page).toBe(10_000);
    expect(parse('status=UNKNOWN,,jailed,JAILED,JAILED').filters.status).toEqual(['JAILED']);
    expect(parse('sort=__proto__').filters.sort).toBe('NEWEST');
    expect(parse(`q=${'x'.repeat(500)}`).filters.search).toHaveLength(200);
  });
});
