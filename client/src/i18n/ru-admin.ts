import type { Strings } from './en';

/** Russian strings of the admin pages; keys mirror en-admin.ts. */
export const adminStrings: Strings['admin'] = {
  title: 'Админка',
  users: 'Пользователи',
  nodes: 'Ноды',
  requests: 'Очередь заявок',
  stats: 'Система',
  searchUsers: 'Поиск по email',
  role: 'Роль',
  created: 'Создан',
  assign: 'Привязать ноду',
  unassign: 'Отвязать',
  owner: 'Владелец',
  unassigned: 'Не привязана',
  displayName: 'Отображаемое имя',
  customer: 'Клиент',
  identifier: 'Идентификатор (gonka1…)',
  identifierType: 'Тип идентификатора',
  assigned: 'Нода привязана',
  unassignedOk: 'Нода отвязана',
  moveTo: 'Перевести в',
  saveNotes: 'Сохранить заметки',
  assignToMe: 'Взять себе',
  updated: 'Заявка обновлена',
  all: 'Все',
  confirmUnassign: 'Отвязать ноду от клиента? История сохранится.',
  cancel: 'Отмена',
  server: 'Сервер',
  version: 'Версия',
  // Ответ сервера BAD_USER_INPUT на input.identifier, по типу идентификатора (server/src/common/validators/gonka-identifier.ts).
  badIdentifier: {
    WALLET: 'Это не адрес кошелька Gonka: он начинается с gonka1, дальше 38 букв и цифр, и контрольная сумма должна сходиться.',
    OPERATOR: 'Это не адрес оператора Gonka: он начинается с gonkavaloper1, дальше 38 букв и цифр, и контрольная сумма должна сходиться.',
    VALIDATOR: 'Это не адрес валидатора Gonka: он начинается с gonkavalcons1, дальше 38 букв и цифр, и контрольная сумма должна сходиться.',
    NODE_ID: 'Идентификатор ноды — от 1 до 128 букв, цифр и символов _ . : -',
  },
};
