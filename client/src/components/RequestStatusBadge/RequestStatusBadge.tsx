import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupportRequestStatus } from '../../gql/graphql';

const COLORS: Record<SupportRequestStatus, string> = {
  PENDING: 'yellow',
  IN_PROGRESS: 'blue',
  COMPLETED: 'teal',
  REJECTED: 'red',
};

export function RequestStatusBadge({ status }: { status: SupportRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="request-status">
      {t(`requestStatus.${status}`)}
    </Badge>
  );
}
