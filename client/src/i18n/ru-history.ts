import type { enHistory } from './en-history';

export const ruHistory: typeof enHistory = {
  uptime: 'Аптайм по эпохам',
  tokensPerSec: 'Токенов/с по эпохам',
  missRate: 'Доля пропусков по эпохам',
  missRateSeries: 'Пропущенные запросы, %',
  jobs: 'Задания по эпохам',
  jobsSeries: 'Инференсы',
  noData: 'Данных за эти эпохи пока нет.',
  notObserved: 'не наблюдалась',
  uptimeValue: 'аптайм {{value}}',
  epoch: 'Эпоха №{{epoch}}',
  identifierType: { WALLET: 'Адрес кошелька', NODE_ID: 'Идентификатор ноды', OPERATOR: 'Адрес оператора', VALIDATOR: 'Адрес валидатора' },
  mlNodeStatus: { INFERENCE: 'Инференс', POC: 'PoC', TRAINING: 'Обучение', STOPPED: 'Остановлена', FAILED: 'Сбой', UNKNOWN: 'Неизвестно' },
  running: 'идёт',
};
