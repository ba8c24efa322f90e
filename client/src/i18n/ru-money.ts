import type { enMoney } from './en-money';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** Деньги (#16): фиатные суммы рядом с GNK, источник цены и переключатель валюты в шапке. */
export const ruMoney: Texts<typeof enMoney> = {
  amount: '{{amount}} {{symbol}}',
  symbol: { USD: '$', EUR: '€' },
  currency: 'Валюта',
  currencyName: { USD: 'Доллары США', EUR: 'Евро', GNK: 'Только GNK' },
  noPrice: 'Цена GNK пока неизвестна: суммы показаны только в GNK.',
  source: 'Цена из {{source}} (API, совместимый с CoinGecko) на {{at}}',
  sourceSimulator: 'симулятора (демо)',
  sourceUnknown: 'API, совместимого с CoinGecko',
  perGnk: '1 GNK = {{price}} {{currency}}',
  averagePerGnk: 'в среднем 1 GNK = {{price}} {{currency}}, каждый день по своей цене',
  stale: 'устарела',
  staleHint: 'Источник цены не отвечает: это последняя известная цена.',
  line: {
    price: '1 GNK = {{price}}',
    simulator: 'Симулятор',
    staleSince: 'устарела с {{time}}',
    unavailable: 'цена недоступна',
    noCurrency: 'Источник не даёт цену в {{currency}}: суммы показаны только в GNK.',
  },
};
