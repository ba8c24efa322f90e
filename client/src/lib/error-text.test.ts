import { afterEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { changeLanguage, setupI18n } from '../i18n';
import { errorText } from './error-text';

setupI18n('en');
afterEach(() => changeLanguage('en'));

const input = (reason?: string, params?: Record<string, number>) => ({
  code: 'BAD_USER_INPUT' as const,
  field: 'input.amount',
  reason,
  params,
  message: 'input.amount must be at most 10000 per hour',
});

describe('errorText', () => {
  it('words a bad input by its reason and numbers, in either language', () => {
    expect(errorText(input('TOO_LARGE', { limit: 10000 }), i18next.t, 'en')).toBe('At most 10000.');
    changeLanguage('ru');
    expect(errorText(input('TOO_LARGE', { limit: 10000 }), i18next.t, 'ru')).toBe('Не больше 10000.');
  });

  it('a reason it cannot word: the server’s message in English, a generic text in Russian (never English there)', () => {
    expect(errorText(input('SOMETHING_NEWER'), i18next.t, 'en')).toBe('input.amount must be at most 10000 per hour');
    changeLanguage('ru');
    expect(errorText(input('INVALID'), i18next.t, 'ru')).toBe('Это значение не принято.');
    expect(errorText(input(undefined), i18next.t, 'ru')).toBe('Это значение не принято.');
  });

  it('other codes by the code; no code at all is the network', () => {
    changeLanguage('ru');
    expect(errorText({ code: 'INVALID_TRANSITION', message: 'Cannot move COMPLETED → PENDING' }, i18next.t, 'ru')).toBe(
      'Из текущего статуса такой шаг невозможен.',
    );
    expect(errorText({ code: null, message: 'Failed to fetch' }, i18next.t, 'ru')).toBe('Сервер сейчас недоступен.');
  });
});
