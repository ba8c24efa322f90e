import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PriceLine } from '../../components/PriceLine/PriceLine';
import { useRefreshIntervalMs } from '../../lib/refresh-interval';
import { useLivePolling } from '../../lib/useLivePolling';

/**
 * The header's price line: its query lives here, once for the frame, read again at the server's
 * refresh period (the price is cached for everyone for that long, so sooner only re-reads it). The
 * preference comes from the same normalized User the currency switch saves, so a switch re-renders it.
 */
const HeaderPriceQuery = graphql(`
  query HeaderPrice {
    me {
      id
      currencyPreference
    }
    price {
      ...PriceLine_price
    }
  }
`);

/** The price line for the signed-in viewer; null before it is known, signed out, or with a GNK preference. */
export function useHeaderPriceLine(signedIn: boolean) {
  // A failing price source nulls only `price`: the line then says "price unavailable".
  const query = useQuery(HeaderPriceQuery, { skip: !signedIn, errorPolicy: 'all' });
  useLivePolling(query, useRefreshIntervalMs(), signedIn);
  const data = query.data;
  // A GNK preference converts nothing: no price to show, and no empty strip on phones.
  if (!data || data.me.currencyPreference === 'GNK') return null;
  return <PriceLine price={data.price} currency={data.me.currencyPreference} />;
}
