import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { setupI18n } from '../i18n';
import { deliveryErrorText, severityColor } from './alert-texts';

setupI18n('en');

describe('delivery failure reasons', () => {
  const en = i18next.getFixedT('en');
  const ru = i18next.getFixedT('ru');

  it('words the senders’ known reasons in the reader’s language', () => {
    expect(deliveryErrorText(en, 'webhook answered HTTP 503')).toBe('webhook answered HTTP 503');
    expect(deliveryErrorText(ru, 'webhook answered HTTP 503')).toBe('webhook ответил HTTP 503');
    expect(deliveryErrorText(ru, 'network: connect ECONNREFUSED 127.0.0.1:9')).toBe('Сетевая ошибка: connect ECONNREFUSED 127.0.0.1:9');
    expect(deliveryErrorText(ru, 'Telegram chat not linked yet')).toBe('Чат Telegram ещё не привязан');
    expect(deliveryErrorText(en, 'channel was removed')).toBe('The channel was deleted');
  });

  it('shows an unknown reason as sent, and nothing for none', () => {
    expect(deliveryErrorText(ru, 'something new')).toBe('something new');
    expect(deliveryErrorText(en, null)).toBe('');
  });

  it('gives an unknown severity a neutral colour', () => {
    expect(severityColor('CRITICAL')).toBe('red');
    expect(severityColor('FATAL')).toBe('gray');
  });
});
