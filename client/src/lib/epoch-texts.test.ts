import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { setupI18n } from '../i18n';
import { ruEpochs } from '../i18n/ru-epochs';
import { formatCountdown } from './countdown';
import { riskReasonText, verdictReasonText } from './epoch-texts';

setupI18n('en');
const en = i18next.getFixedT('en');
const ru = i18next.getFixedT('ru');

/** Every key path of a nested strings object. */
function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
}

describe('epoch texts', () => {
  it('gives every Russian plural all four forms', () => {
    const all = new Set(keys(ruEpochs));
    const plurals = [...all].filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -'_one'.length));
    expect(plurals.length).toBeGreaterThan(0);
    for (const base of plurals) for (const form of ['_few', '_many', '_other']) expect(all.has(base + form), base + form).toBe(true);
  });

  it('words a reward paid while the network itself failed, with the network miss rate', () => {
    const outcome = {
      verdict: 'PAID',
      verdictReason: 'server text',
      rewarded: '5.5',
      inferenceCount: 20,
      missedRequests: 1,
      downtimeTest: { threshold: 0.5, networkMissedRate: 0.62, mode: 'SKIPPED' },
    };
    expect(verdictReasonText(en, 'en', outcome)).toBe(
      'Paid 5.50 GNK: 1 of 21 requests missed (4.8%), downtime test skipped (network miss rate 62.0%: the network itself failed)',
    );
    expect(verdictReasonText(ru, 'ru', outcome)).toBe(
      'Выплачено 5,50 GNK: пропущено 1 из 21 запроса (4,8%), тест простоя не проводился (доля пропусков в сети 62,0%: сбой самой сети)',
    );
  });

  it("falls back to the server's reason when a figure the wording needs is missing or the code is new", () => {
    expect(riskReasonText(en, 'en', { reasonCode: 'DOWNTIME_NEAR', reason: 'server text', missedRequests: 3, requests: 40, downtimeTest: null })).toBe(
      'server text',
    );
    expect(riskReasonText(en, 'en', { reasonCode: 'SOMETHING_NEW', reason: 'server text' })).toBe('server text');
    expect(riskReasonText(ru, 'ru', { reasonCode: 'NOT_PARTICIPATING', reason: 'server text' })).toBe(
      'Ноды нет в активном наборе этой эпохи: заработать в ней нечего',
    );
  });

  it('counts down in minutes, then hours up to two days, then days', () => {
    const now = Date.parse('2026-03-05T10:00:00.000Z');
    const at = (ms: number) => new Date(now + ms).toISOString();
    expect(formatCountdown(at(45 * 60_000), now, 'en')).toBe('in 45 minutes');
    expect(formatCountdown(at(30 * 3_600_000), now, 'en')).toBe('in 30 hours');
    expect(formatCountdown(at(3 * 86_400_000), now, 'ru')).toBe('через 3 дня');
    expect(formatCountdown(at(-2 * 3_600_000), now, 'en')).toBe('2 hours ago');
  });
});
