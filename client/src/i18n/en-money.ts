/** Money (#16): fiat values beside GNK amounts, their price source, and the header's currency switch. */
export const enMoney = {
  amount: '{{symbol}}{{amount}}',
  symbol: { USD: '$', EUR: '€' },
  currency: 'Currency',
  currencyName: { USD: 'US dollars', EUR: 'Euro', GNK: 'GNK only' },
  noPrice: 'No GNK price known yet: amounts are shown in GNK only.',
  source: 'Price from {{source}} (CoinGecko-compatible API) at {{at}}',
  sourceSimulator: 'the simulator (demo)',
  sourceUnknown: 'a CoinGecko-compatible API',
  perGnk: '1 GNK = {{price}} {{currency}}',
  averagePerGnk: 'on average 1 GNK = {{price}} {{currency}}, each day at its own price',
  stale: 'stale',
  staleHint: 'The price source is not answering: this is the last known price.',
  // The header's price line beside the currency switch: the price every converted figure uses.
  line: {
    price: '1 GNK = {{price}}',
    simulator: 'Simulator',
    staleSince: 'stale since {{time}}',
    unavailable: 'price unavailable',
    noCurrency: 'The price source gives no {{currency}} price: amounts are shown in GNK only.',
  },
};
