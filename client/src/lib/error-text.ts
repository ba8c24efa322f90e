import type { TFunction } from 'i18next';
import { type ApiErrorInfo, apiError } from './errors';

/**
 * What a failed action tells the user, in their language: a bad input by its reason code (with its
 * numbers), any other code by the code, never the server's English message — except in English for
 * a bad input whose reason this client does not word (a newer server), where that message is the
 * most precise text there is.
 */
export function errorText(info: ApiErrorInfo | null, t: TFunction, language: string): string {
  if (!info) return t('errors.generic');
  if (info.code === 'BAD_USER_INPUT') {
    const worded = info.reason && info.reason !== 'INVALID' ? t(`inputErrors.reasons.${info.reason}`, { ...info.params, defaultValue: '' }) : '';
    if (worded) return worded;
    return language.startsWith('en') && info.message ? info.message : t('inputErrors.reasons.INVALID');
  }
  if (info.code === null) return t('errors.network');
  return t(`inputErrors.codes.${info.code}`, { defaultValue: t('errors.generic') });
}

/** errorText of a thrown error (Apollo's or the network's). */
export function errorTextOf(error: unknown, t: TFunction, language: string): string {
  return errorText(apiError(error), t, language);
}
