import { SegmentedControl } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Currency } from '../../gql/graphql';

const CurrencyPreferenceQuery = graphql(`
  query CurrencyPreference {
    me {
      id
      currencyPreference
    }
  }
`);

const SaveCurrencyMutation = graphql(`
  mutation SaveCurrency($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      currencyPreference
    }
  }
`);

const CURRENCIES: Currency[] = ['USD', 'EUR', 'GNK'];

/**
 * The header's USD / EUR / GNK switch: it is the profile's currency preference (the server values
 * amounts in it), so a switch saves the profile and re-reads the mounted queries, whose values change.
 */
export function CurrencySwitch() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(CurrencyPreferenceQuery);
  const [save, { loading }] = useMutation(SaveCurrencyMutation);
  const current = data?.me.currencyPreference;
  if (!current) return null;
  const onChange = (currency: Currency) =>
    void save({ variables: { input: { currencyPreference: currency } } })
      .then(() => client.refetchQueries({ include: 'active', onQueryUpdated: (q) => q.queryName !== 'CurrencyPreference' }))
      .catch(() => undefined);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('money.currency')}
      value={current}
      disabled={loading}
      onChange={(v) => onChange(v as Currency)}
      data={CURRENCIES.map((c) => ({ value: c, label: <span title={t(`money.currencyName.${c}`)}>{c}</span> }))}
    />
  );
}
