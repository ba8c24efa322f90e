import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { changeLanguage, setupI18n } from '../i18n';
import { formatDate, formatDateTime, formatGnk, formatGnkExact } from './format';
import { cleanGpuLabel } from './gpu';

setupI18n('en');
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('formatGnk rounds the decimal string itself, half up (away from zero)', () => {
  it.each([
    ['0.005', '0.01'],
    ['0.015', '0.02'],
    ['0.025', '0.03'],
    ['0.004999999', '0.00'],
    ['999999999.995', '1,000,000,000.00'],
    ['48552.031736571', '48,552.03'],
    ['12', '12.00'],
    ['.5', '0.50'],
    ['-0.005', '−0.01'],
    ['-0.004', '0.00'],
    ['-48552.035', '−48,552.04'],
  ])('%s → %s', (input, expected) => {
    expect(formatGnk(input)).toBe(expected);
  });
  it('keeps every digit of amounts beyond 2^53', () => {
    expect(formatGnk('123456789012345678901234.994999')).toBe('123,456,789,012,345,678,901,234.99');
    expect(formatGnk('9007199254740993.005')).toBe('9,007,199,254,740,993.01');
  });
  it('groups per locale', () => {
    expect(plain(formatGnk('9007199254740993.125', 2, 'ru'))).toBe('9 007 199 254 740 993,13');
  });
  it('shows a dash for anything but a decimal string', () => {
    for (const bad of [null, undefined, '', 'abc', '1.2.3', '1e5', '-', 12]) expect(formatGnk(bad)).toBe('—');
  });
});

describe('formatGnkExact', () => {
  it('shows every given digit, grouped, without trailing zeros (at least 2 decimals)', () => {
    expect(formatGnkExact('48552.031736571')).toBe('48,552.031736571');
    expect(formatGnkExact('0.005000000')).toBe('0.005');
    expect(formatGnkExact('12.000000000')).toBe('12.00');
    expect(formatGnkExact('-123456789012345678901234.5')).toBe('−123,456,789,012,345,678,901,234.50');
    expect(plain(formatGnkExact('48552.031736571', 'ru'))).toBe('48 552,031736571');
    expect(formatGnkExact('abc')).toBe('—');
  });
});

describe('formatDate / formatDateTime: one format per locale', () => {
  const at = '2026-03-05T14:07:00Z';
  it('uses the given or the active language', async () => {
    expect(formatDate(at, 'en')).toBe('March 5, 2026');
    expect(formatDate(at, 'ru')).toBe('5 марта 2026 г.');
    await changeLanguage('ru');
    expect(formatDate(at)).toBe('5 марта 2026 г.');
    await changeLanguage('en');
    expect(formatDateTime(at)).toMatch(/^March 5, 2026 \d{1,2}:07 [AP]M$/);
    expect(formatDate(null)).toBe('—');
  });
});

describe('counted nouns (plurals)', () => {
  it('in English', () => {
    const t = i18next.getFixedT('en');
    expect(t('format.gpus', { count: 1 })).toBe('1 GPU');
    expect(t('format.gpus', { count: 30 })).toBe('30 GPUs');
    expect(t('format.nodes', { count: 1 })).toBe('1 node');
    expect(t('format.nodes', { count: 0 })).toBe('0 nodes');
    expect(t('format.requests', { count: 2 })).toBe('2 requests');
  });
  it('in Russian', () => {
    const t = i18next.getFixedT('ru');
    expect(t('format.nodes', { count: 1 })).toBe('1 нода');
    expect(t('format.nodes', { count: 3 })).toBe('3 ноды');
    expect(t('format.nodes', { count: 5 })).toBe('5 нод');
    expect(t('format.nodes', { count: 21 })).toBe('21 нода');
    expect(t('format.requests', { count: 2 })).toBe('2 заявки');
    expect(t('format.requests', { count: 11 })).toBe('11 заявок');
    expect(t('format.gpus', { count: 30 })).toBe('30 GPU');
  });
});

describe('cleanGpuLabel (the chain fixtures’ hardware types)', () => {
  it.each([
    ['NVIDIA H100 80GB HBM3 | 79GB', 'NVIDIA H100 80GB HBM3', '79 GB'],
    ['NVIDIA H200 | 140GB', 'NVIDIA H200', '140 GB'],
    ['NVIDIA GeForce RTX 3090 | 24GB', 'NVIDIA GeForce RTX 3090', '24 GB'],
    ['  NVIDIA A100   80GB ', 'NVIDIA A100 80GB', null],
    ['H100', 'H100', null],
  ])('%s', (type, model, memory) => {
    expect(cleanGpuLabel(type)).toEqual({ model, memory });
  });
});
