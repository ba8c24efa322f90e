import type { AlertKind } from './alert.types.js';
import type { TextContext, Worded } from './alert-texts.format.js';

const STATUS_RULES: Record<string, string> = {
  VALIDATOR_JAILED: 'валидатор в тюрьме',
  NOT_IN_CURRENT_EPOCH: 'нет среди участников текущей эпохи',
  HEALTH_CHECK_FAILED: 'адрес инференса не проходит проверку здоровья',
  PARTICIPANT_INVALID: 'сеть признала участника недействительным',
  PARTICIPANT_INACTIVE: 'участник неактивен в сети',
  EXCLUDED_THIS_EPOCH: 'исключён из текущей эпохи',
  MISSED_RATE: 'слишком много пропущенных запросов',
  INVALIDATION_RATE: 'слишком много отклонённых инференсов',
  CONFIRMATION_POC_RATIO: 'слишком низкий коэффициент подтверждения PoC',
};
const RISKS: Record<string, string> = {
  DOWNTIME_FAILING: 'пропущено больше запросов, чем допускает тест простоя',
  INVALID: 'сеть признала участника недействительным',
  EXCLUDED: 'нода исключена из эпохи',
};
const REQUEST_STATUS: Record<string, string> = { pending: 'ожидает', in_progress: 'в работе', completed: 'выполнена', rejected: 'отклонена' };
const REQUEST_TYPES: Record<string, string> = { new_node: 'на новую ноду', support: 'в поддержку', other: 'другая' };
const UPSTREAM: Record<string, string> = {
  UNAVAILABLE: 'Сеть Gonka недоступна',
  PARTIAL: 'Часть источников Gonka не отвечает',
  MASS_OFFLINE: 'Большинство отслеживаемых нод разом ушли в офлайн',
};

// The epoch's verdict in words (the server's English verdictReason is not repeated in Russian).
const VERDICTS: Record<string, string> = {
  ZERO_DOWNTIME: 'не пройден тест простоя: слишком много пропущенных запросов',
  ZERO_INVALID: 'сеть признала участника недействительным',
  ZERO_EXCLUDED: 'нода исключена из эпохи',
  ZERO_NOT_PARTICIPATING: 'нода не участвовала в эпохе',
  UNKNOWN: 'причина по данным сети не ясна',
};

const rule = (c: TextContext) => STATUS_RULES[c.str('rule')] ?? c.str('rule').toLowerCase();

export const RU: Record<AlertKind, (c: TextContext) => Worded> = {
  NODE_UNHEALTHY: (c) => ({ title: `${c.node}: проблемы`, message: `У ${c.node} проблемы: ${rule(c)}.` }),
  NODE_JAILED: (c) => ({
    title: `${c.node} в тюрьме`,
    message: `${c.node} в тюрьме${c.date('jailedUntil') ? ` до ${c.date('jailedUntil')}` : ''}: пока нода в тюрьме, она ничего не зарабатывает.`,
  }),
  NODE_OFFLINE: (c) => ({ title: `${c.node} офлайн`, message: `${c.node} офлайн: ${rule(c)}.` }),
  EPOCH_AT_RISK: (c) => ({
    title: `${c.node}: эпоха ${c.str('epoch')} под угрозой`,
    message: `Если эпоха ${c.str('epoch')} завершится сейчас, ${c.node} ничего не получит: ${RISKS[c.str('reasonCode')] ?? c.str('reasonCode')}.`,
  }),
  EPOCH_ZERO_REWARD: (c) => ({
    title: `${c.node}: эпоха ${c.str('epoch')} без награды`,
    message: `Эпоха ${c.str('epoch')} завершилась без награды для ${c.node}: ${VERDICTS[c.str('verdict')] ?? VERDICTS.UNKNOWN}.`,
  }),
  CLAIM_WINDOW_CLOSING: (c) => ({
    title: `${c.node}: заберите ${c.gnk('amount')}`,
    message: `Награда за эпоху ${c.str('epoch')} (${c.gnk('amount')}) ещё не получена; окно получения закрывается ${c.date('closesAt') || 'скоро'}.`,
  }),
  REWARD_EXPIRED: (c) => ({
    title: `${c.node}: награда за эпоху ${c.str('epoch')} сгорела`,
    message: `${c.gnk('amount')} за эпоху ${c.str('epoch')} не были получены вовремя и потеряны.`,
  }),
  EARNINGS_DROP: (c) => ({
    title: `${c.node}: доход упал`,
    message: `Эпоха ${c.str('epoch')} принесла ${c.gnk('amount')} — меньше ${Math.round(Number(c.p.share) * 100)}% медианы ${c.gnk('median')} последних оплаченных эпох.`,
  }),
  REQUEST_STATUS_CHANGED: (c) => ({
    title: 'Заявка обновлена',
    message: `Ваша заявка теперь: ${REQUEST_STATUS[c.str('toStatus')] ?? c.str('toStatus')} (было: ${REQUEST_STATUS[c.str('fromStatus')] ?? c.str('fromStatus')}).`,
  }),
  REQUEST_NOTE_ADDED: (c) => ({
    title: 'Поддержка оставила заметку',
    message: c.p.cleared ? 'Поддержка удалила заметки к вашей заявке.' : 'Поддержка обновила заметки к вашей заявке.',
  }),
  REQUEST_CREATED: (c) => ({
    title: 'Новая заявка',
    message: `Клиент создал заявку ${REQUEST_TYPES[c.str('requestType')] ?? c.str('requestType')}${c.p.quantity ? ` (×${c.str('quantity')}${c.p.gpuType ? `, ${c.str('gpuType')}` : ''})` : ''}.`,
  }),
  NODE_ASSIGNED: (c) => ({ title: `${c.node} добавлена`, message: `Нода ${c.node} добавлена в ваш аккаунт.` }),
  NODE_UNASSIGNED: (c) => ({ title: `${c.node} удалена`, message: `Нода ${c.node} удалена из вашего аккаунта.` }),
  SYSTEM_UPSTREAM_DOWN: (c) => ({
    title: 'Источник данных недоступен',
    message: `${UPSTREAM[c.str('cause')] ?? c.str('cause')}${c.str('failed') ? ` (${c.str('failed')})` : ''}: оповещения по нодам отложены до восстановления.`,
  }),
  SYSTEM_REFRESHER_FAILING: (c) => ({
    title: 'Обновление данных не работает',
    message: `Последние ${c.str('failures')} обновления завершились ошибкой: ${c.str('error')}. Данные нод устарели.`,
  }),
  SYSTEM_DELIVERIES_FAILING: (c) => ({ title: 'Уведомления не доставляются', message: `Не удалось доставить уведомлений: ${c.str('failed')}.` }),
};

/** Уведомление о восстановлении (для алертов с состоянием). */
export function ruRecovered(kind: AlertKind, c: TextContext): Worded {
  switch (kind) {
    case 'NODE_UNHEALTHY':
    case 'NODE_JAILED':
    case 'NODE_OFFLINE':
      return { title: `${c.node} восстановилась`, message: `${c.node} снова в состоянии HEALTHY.` };
    case 'EPOCH_AT_RISK':
      return { title: `${c.node}: эпоха ${c.str('epoch')} вне угрозы`, message: `${c.node} снова в пределах лимитов эпохи.` };
    case 'CLAIM_WINDOW_CLOSING':
      return { title: `${c.node}: награда за эпоху ${c.str('epoch')}`, message: 'Награда больше не ждёт получения.' };
    case 'SYSTEM_UPSTREAM_DOWN':
      return { title: 'Источник данных снова доступен', message: 'Сеть Gonka снова отвечает; оповещения по нодам снова проверяются.' };
    case 'SYSTEM_REFRESHER_FAILING':
      return { title: 'Обновление данных восстановлено', message: 'Обновления снова проходят; данные нод актуальны.' };
    default:
      return { title: `Решено: ${RU[kind](c).title}`, message: 'Всё снова в норме.' };
  }
}
