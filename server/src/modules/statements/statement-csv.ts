import { stringify } from 'csv-stringify/sync';
import type { Statement, StatementLine, StatementTotals } from './dto/statement.model.js';

/**
 * The statement as CSV (README "Statement format"): RFC 4180 (comma, CRLF, fields quoted when
 * needed), UTF-8 with a byte-order mark (so spreadsheet apps read non-ASCII node names right), one
 * header row. Rows, in order: each node's LINE rows (one per settled epoch, oldest first), then its
 * NODE_TOTAL row (rent_share: the node's rent; epoch_count: its epochs); the last row is the account's TOTAL. Amounts are plain decimal strings (a dot, no
 * thousands separator); an unknown figure is an empty field, never 0.
 */
export const STATEMENT_COLUMNS = [
  'row_type',
  'node',
  'node_address',
  'epoch',
  'settled_at',
  'gnk',
  'price_day',
  'price',
  'value',
  'rent_share',
  'net',
  'currency',
  'epoch_count',
] as const;

type Row = Record<(typeof STATEMENT_COLUMNS)[number], string>;

const blank = (v: string | null | undefined) => v ?? '';
/** A name a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with ' (OWASP CSV injection). */
const text = (v: string | null) => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : blank(v));

function lineRow(node: { name: string | null; identifier: string }, l: StatementLine, currency: string): Row {
  return {
    row_type: 'LINE',
    node: text(node.name),
    node_address: node.identifier,
    epoch: l.epoch === null ? '' : String(l.epoch),
    settled_at: l.settledAt ? l.settledAt.toISOString() : '',
    gnk: l.gnk,
    price_day: blank(l.priceDay),
    price: blank(l.price),
    value: blank(l.value),
    rent_share: blank(l.rentShare),
    net: blank(l.net),
    currency,
    epoch_count: '',
  };
}

function totalRow(type: 'NODE_TOTAL' | 'TOTAL', node: { name: string | null; identifier: string } | null, t: StatementTotals, currency: string): Row {
  return {
    row_type: type,
    node: text(node?.name ?? null),
    node_address: node?.identifier ?? '',
    epoch: '',
    settled_at: '',
    gnk: t.gnk,
    price_day: '',
    price: '',
    value: blank(t.value),
    rent_share: blank(t.rent),
    net: blank(t.net),
    currency,
    epoch_count: String(t.epochs),
  };
}

export function statementCsv(s: Statement): string {
  const rows: Row[] = [];
  for (const node of s.nodes) {
    for (const line of node.lines) rows.push(lineRow(node, line, s.currency));
    rows.push(totalRow('NODE_TOTAL', node, node.totals, s.currency));
  }
  rows.push(totalRow('TOTAL', null, s.totals, s.currency));
  return stringify(rows, { header: true, columns: [...STATEMENT_COLUMNS], record_delimiter: 'windows', bom: true });
}
