import type { ServerTexts } from './en-server-texts';

/** Russian wording of the server's codes; keys mirror en-server-texts.ts (the type checks none is missing). */
export const ruServerTexts: ServerTexts = {
  rule: {
    VALIDATOR_JAILED: 'валидатор в тюрьме',
    VALIDATOR_JAILED_UNTIL: 'валидатор в тюрьме до {{until}}',
    NOT_IN_CURRENT_EPOCH: 'нет среди участников текущей эпохи',
    HEALTH_CHECK_FAILED: 'проверка доступности адреса инференса не прошла',
    PARTICIPANT_INVALID: 'в блокчейне участник помечен как недействительный',
    PARTICIPANT_INACTIVE: 'в блокчейне участник помечен как неактивный',
    EXCLUDED_THIS_EPOCH: 'исключена из текущей эпохи',
    EXCLUDED_THIS_EPOCH_WHY: 'исключена из текущей эпохи ({{why}})',
    MISSED_RATE: 'доля пропущенных запросов выше допустимой',
    MISSED_RATE_FIGURES: 'пропущено запросов {{value}} > {{limit}}',
    INVALIDATION_RATE: 'доля отклонённых ответов выше допустимой',
    INVALIDATION_RATE_FIGURES: 'отклонено ответов {{value}} > {{limit}}',
    CONFIRMATION_POC_RATIO: 'доля подтверждённого веса PoC ниже минимума',
    CONFIRMATION_POC_RATIO_FIGURES: 'доля подтверждённого веса PoC {{value}} < {{limit}}',
    ALL_CHECKS_PASSED: 'все проверки пройдены',
  },
  noDataYet: 'данных пока нет',
  activity: {
    NODE_STATUS_CHANGED: '{{node}}: {{from}} → {{to}}',
    NODE_STATUS_CHANGED_WHY: '{{node}}: {{from}} → {{to}} ({{why}})',
    NODE_ASSIGNED: 'Нода {{node}} добавлена в ваш аккаунт',
    NODE_UNASSIGNED: 'Нода {{node}} убрана из вашего аккаунта',
    REQUEST_CREATED: 'Создана заявка: {{type}}',
    REQUEST_CREATED_NODES: 'Создана заявка: {{type}} ×{{quantity}}',
    REQUEST_CREATED_NODES_GPU: 'Создана заявка: {{type}} ×{{quantity}} ({{gpu}})',
    REQUEST_STATUS_CHANGED: 'Заявка: {{from}} → {{to}}',
    REQUEST_ASSIGNED: 'Заявку взял инженер поддержки',
    REQUEST_UNASSIGNED: 'С заявки снят инженер поддержки',
    REQUEST_NOTES_UPDATED: 'Поддержка обновила заметки к заявке',
    REQUEST_NOTES_CLEARED: 'Поддержка удалила заметки к заявке',
  },
  jobStatus: { STARTED: 'Начата', FINISHED: 'Завершена', VALIDATED: 'Проверена', INVALIDATED: 'Отклонена', VOTING: 'Голосование', EXPIRED: 'Просрочена' },
};
