import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's Pagination with named controls: its arrows are bare icons (a screen reader says only
 * "button"), and "Page 3" says more than "3".
 */
export function PagePagination(props: PaginationProps) {
  const { t } = useTranslation();
  return (
    <Pagination
      getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
      getItemProps={(page) => ({ 'aria-label': t('common.page', { page }) })}
      {...props}
    />
  );
}
