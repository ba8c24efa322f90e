import type { enExpected } from './en-expected';

/** Ожидаемый доход по заявке на новый узел и фактический против него (#16). */
export const ruExpected: typeof enExpected = {
  title: 'Ожидаемый доход',
  shownToCustomer: 'Ожидаемый доход, показанный клиенту',
  perEpoch: '{{amount}} GNK за эпоху',
  perDay: '≈ {{amount}} GNK в день',
  basis: 'Медиана сети {{median}} GNK на GPU {{model}} × {{quantity}}, за {{epochs}} расчётных эпох ({{from}}–{{to}}) по {{nodes}} узлам сети.',
  estimate: 'Оценка по прошлым наградам сети, а не обещание: узел зарабатывает по своему весу и времени работы.',
  shownAt: 'Как показано {{date}}',
  loading: 'Считаем…',
  reasons: {
    UNKNOWN_GPU_MODEL: 'Укажите модель GPU (например, H100), чтобы увидеть оценку.',
    NO_NETWORK_DATA: 'В последних эпохах в сети нет узлов только с такими GPU.',
    NO_SETTLED_EPOCHS: 'В сети ещё нет рассчитанных эпох.',
    NETWORK_UNAVAILABLE: 'Сеть сейчас недоступна.',
  },
  vs: {
    title: 'Ожидание и факт',
    expected: 'Ожидалось за эпоху',
    expectedDay: 'Ожидалось в день',
    median: 'Факт: медиана за эпоху',
    mean: 'Факт: среднее за эпоху',
    ratio: 'Факт ÷ ожидание',
    epochs: 'Учтено расчётных эпох: {{n}}, с заявки от {{date}}.',
    noEpochs: 'С заявки от {{date}} ещё не рассчитана ни одна эпоха.',
    share: 'Доля этого узла: 1 из {{n}} узлов заявки.',
  },
};
