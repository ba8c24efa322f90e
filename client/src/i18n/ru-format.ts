import type { formatStrings as en } from './en-format';

/** Russian plurals: _one (1, 21), _few (2–4, 22), _many (5–20, 11), _other (fractions). */
export const formatStrings: typeof en & Record<string, string> = {
  gpus_one: '{{count}} GPU',
  gpus_few: '{{count}} GPU',
  gpus_many: '{{count}} GPU',
  gpus_other: '{{count}} GPU',
  nodes_one: '{{count}} нода',
  nodes_few: '{{count}} ноды',
  nodes_many: '{{count}} нод',
  nodes_other: '{{count}} ноды',
  requests_one: '{{count}} заявка',
  requests_few: '{{count}} заявки',
  requests_many: '{{count}} заявок',
  requests_other: '{{count}} заявки',
  statusChanges_one: '{{count}} смена статуса',
  statusChanges_few: '{{count}} смены статуса',
  statusChanges_many: '{{count}} смен статуса',
  statusChanges_other: '{{count}} смены статуса',
  earningsRows_one: '{{count}} строка доходов',
  earningsRows_few: '{{count}} строки доходов',
  earningsRows_many: '{{count}} строк доходов',
  earningsRows_other: '{{count}} строки доходов',
  exactGnk: '{{amount}} GNK',
};
