import { Box, Table, Text, type TableProps } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import classes from './ResponsiveTable.module.css';

/** One column; its header is also the label of the figure on a card. */
export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Its place on a card: the heading, beside it in full (a status), the footer (actions), or a labelled figure (default). */
  card?: 'title' | 'status' | 'actions' | 'figure';
}

interface ResponsiveTableProps<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** Below it the table scrolls sideways; only from the `sm` breakpoint up, where it fits. */
  minWidth: number;
  testIds?: { table?: string; row?: string; cards?: string; card?: string };
  tableProps?: TableProps;
}

function cells<T>(columns: Column<T>[], row: T) {
  return columns.map((c) => <Fragment key={c.key}>{c.cell(row)}</Fragment>);
}

/**
 * A table from Mantine's `sm` breakpoint up, a list of cards below it: on a phone a table either
 * scrolls sideways or squeezes its badges ("HEAL…"). Both layouts are rendered and CSS shows one
 * (`visibleFrom`/`hiddenFrom`), so the first paint is already the right one.
 */
export function ResponsiveTable<T>({ rows, columns, rowKey, minWidth, testIds = {}, tableProps }: ResponsiveTableProps<T>) {
  const place = (where: Column<T>['card']) => columns.filter((c) => (c.card ?? 'figure') === where);
  const [title, status, figures, actions] = [place('title'), place('status'), place('figure'), place('actions')];
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={minWidth}>
          <Table verticalSpacing="sm" highlightOnHover className={classes.table} data-testid={testIds.table} {...tableProps}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key} className={c.numeric ? classes.num : undefined}>
                    {c.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={rowKey(row)} data-testid={testIds.row}>
                  {columns.map((c) => (
                    <Table.Td key={c.key} className={c.numeric ? classes.num : undefined} ta={c.card === 'actions' ? 'right' : undefined}>
                      {c.cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Box hiddenFrom="sm" data-testid={testIds.cards}>
        {rows.map((row) => (
          <Box key={rowKey(row)} className={classes.card} data-testid={testIds.card}>
            <div className={classes.heading}>
              <div className={classes.title}>{cells(title, row)}</div>
              <div className={classes.status}>{cells(status, row)}</div>
            </div>
            {figures.length > 0 && (
              <dl className={classes.figures}>
                {figures.map((c) => (
                  <div key={c.key}>
                    <Text component="dt" size="xs" c="dimmed">
                      {c.header}
                    </Text>
                    <Text component="dd" size="sm">
                      {c.cell(row)}
                    </Text>
                  </div>
                ))}
              </dl>
            )}
            {actions.length > 0 && <div className={classes.actions}>{cells(actions, row)}</div>}
          </Box>
        ))}
      </Box>
    </>
  );
}
