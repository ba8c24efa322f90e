import { Anchor, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ProfitFigures } from './ProfitFigures';

const ProfitCardQuery = graphql(`
  query ProfitCard {
    me {
      id
      currencyPreference
    }
    dashboard {
      profit {
        ...ProfitFigures_profit
      }
    }
  }
`);

/** The dashboard's profit card: this month's income, rent, net and margin, with the statement one click away. */
export function ProfitCard() {
  const { t } = useTranslation();
  const { data } = useQuery(ProfitCardQuery, { fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  if (!data?.dashboard) return null;
  return (
    <Stack gap={4} data-testid="profit-card">
      <ProfitFigures profit={data.dashboard.profit} gnkPreference={data.me?.currencyPreference === 'GNK'} />
      <Anchor component={Link} to="/statement" size="sm">
        {t('rent.profit.statement')}
      </Anchor>
    </Stack>
  );
}
