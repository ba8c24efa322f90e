import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import relativeTime from 'dayjs/plugin/relativeTime';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { en } from './en';
import { enServerTexts } from './en-server-texts';
import { enEpochs } from './en-epochs';
import { ru } from './ru';
import { ruServerTexts } from './ru-server-texts';
import { ruEpochs } from './ru-epochs';
import { enAlerts } from './en-alerts';
import { ruAlerts } from './ru-alerts';
import { enApiTokens } from './en-api-tokens';
import { ruApiTokens } from './ru-api-tokens';
import { enMoney } from './en-money';
import { ruMoney } from './ru-money';
import { enCloud } from './en-cloud';
import { ruCloud } from './ru-cloud';
import { enHistory } from './en-history';
import { ruHistory } from './ru-history';
import { enRent } from './en-rent';
import { ruRent } from './ru-rent';
import { enExpected } from './en-expected';
import { ruExpected } from './ru-expected';
import { enInputErrors } from './en-input-errors';
import { ruInputErrors } from './ru-input-errors';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'minegnk.lang';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  return navigator.language?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function setupI18n(lng: Language = initialLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      // The server's codes are worded in files of their own (en.ts and ru.ts are at their size limit).
      resources: {
        en: {
          translation: {
            ...en,
            ...enCloud,
            serverTexts: enServerTexts,
            epochs: enEpochs,
            alerts: enAlerts,
            apiTokens: enApiTokens,
            money: enMoney,
            history: enHistory,
            rent: enRent,
            expected: enExpected,
            inputErrors: enInputErrors,
          },
        },
        ru: {
          translation: {
            ...ru,
            ...ruCloud,
            serverTexts: ruServerTexts,
            epochs: ruEpochs,
            alerts: ruAlerts,
            apiTokens: ruApiTokens,
            money: ruMoney,
            history: ruHistory,
            rent: ruRent,
            expected: ruExpected,
            inputErrors: ruInputErrors,
          },
        },
      },
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  }
  dayjs.locale(i18next.language);
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switches the language and remembers it for the next visit. */
export function changeLanguage(lng: Language) {
  localStorage.setItem(STORAGE_KEY, lng);
  dayjs.locale(lng);
  document.documentElement.lang = lng;
  return i18next.changeLanguage(lng);
}
