import { Alert } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const DemoBannerQuery = graphql(`
  query DemoBanner {
    serverInfo {
      demoMode
    }
  }
`);

/** Says plainly when the numbers come from the built-in simulator, so nobody mistakes them for real earnings. */
export function DemoBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(DemoBannerQuery);
  if (!data?.serverInfo.demoMode) return null;
  return (
    <Alert color="yellow" variant="light" mb="md" data-testid="demo-banner">
      {t('demo.banner')}
    </Alert>
  );
}
