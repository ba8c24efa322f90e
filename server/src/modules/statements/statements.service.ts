import { Injectable } from '@nestjs/common';
import { NotFound } from '../../common/domain-error.js';
import { Decimal, sumFiat } from '../../common/money.js';
import { UUID } from '../../common/parse-id.pipe.js';
import type { AuthUser } from '../auth/auth-user.js';
import { difference, type NodeLedger } from '../profit/ledger.rules.js';
import { parseMonth } from '../profit/profit-range.js';
import { NodeLookupsRepository } from '../nodes/node-lookups.repository.js';
import { ProfitService } from '../profit/profit.service.js';
import type { Currency } from '../users/dto/user.enums.js';
import { UsersService } from '../users/users.service.js';
import type { Statement, StatementNode, StatementTotals } from './dto/statement.model.js';

function totalsOf(ledger: NodeLedger): StatementTotals {
  return { gnk: ledger.gnk, value: ledger.value, rent: ledger.rent, net: ledger.net, epochs: ledger.lines.filter((l) => l.epoch !== null).length };
}

/** The sums of the nodes' totals (so the account's line is the sum of the shown node lines). */
function accountTotals(nodes: readonly StatementNode[], currency: 'USD' | 'EUR'): StatementTotals {
  const all = <K extends 'value' | 'rent'>(k: K) =>
    nodes.every((n) => n.totals[k] !== null)
      ? sumFiat(
          nodes.map((n) => n.totals[k] as string),
          currency,
        )
      : null;
  const value = all('value');
  const rent = all('rent');
  return {
    gnk: nodes.reduce((s, n) => s.plus(n.totals.gnk), new Decimal(0)).toFixed(9),
    value,
    rent,
    net: difference(value, rent, currency),
    epochs: nodes.reduce((s, n) => s + n.totals.epochs, 0),
  };
}

/** Monthly statements: a customer gets their own; an admin anyone's. Someone else's, or an unknown customer, is NOT_FOUND. */
@Injectable()
export class StatementsService {
  constructor(
    private readonly profit: ProfitService,
    private readonly users: UsersService,
    private readonly repo: NodeLookupsRepository,
  ) {}

  async statement(viewer: AuthUser, month: string, userId?: string | null, field = 'month'): Promise<Statement> {
    const range = parseMonth(month, field);
    const customerId = userId ?? viewer.id;
    if (customerId !== viewer.id && viewer.role !== 'admin') throw new NotFound('Statement');
    if (!UUID.test(customerId)) throw new NotFound('Statement');
    // An unknown customer looks like someone else's: NOT_FOUND either way.
    const customer = await this.users.getById(customerId).catch((e: unknown) => {
      if (e instanceof NotFound) throw new NotFound('Statement');
      throw e;
    });
    const currency = await this.profit.currencyOf(customerId);
    const ledgers = await this.profit.ledgers({ userId: customerId }, range.from, range.to, currency);
    const labels = new Map((await this.repo.nodeLabels(ledgers.nodes.map((n) => n.nodeId))).map((l) => [l.id, l]));
    const nodes: StatementNode[] = ledgers.nodes
      .filter((n) => n.ledger.lines.length > 0)
      .map((n) => ({
        nodeId: n.nodeId,
        name: labels.get(n.nodeId)?.display_name ?? null,
        identifier: labels.get(n.nodeId)?.identifier ?? '',
        lines: n.ledger.lines.map((l) => ({ ...l, price: l.price?.price ?? null, priceDay: l.price?.day ?? null })),
        totals: totalsOf(n.ledger),
      }))
      .sort((a, b) => (a.name ?? a.identifier).localeCompare(b.name ?? b.identifier) || a.nodeId.localeCompare(b.nodeId));
    const now = new Date();
    return {
      month: range.month as string,
      currency: currency as Currency,
      customerId,
      customerEmail: customer.email,
      generatedAt: now,
      partial: range.to > now,
      priceSource: ledgers.priceSource,
      nodes,
      totals: accountTotals(nodes, currency),
    };
  }
}
