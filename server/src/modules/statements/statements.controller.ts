import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/domain-error.js';
import { ApiTokenRateLimited } from '../api-tokens/api-tokens.errors.js';
import { type BearerAdmission, BearerAuth } from '../auth/bearer-auth.service.js';
import { statementCsv } from './statement-csv.js';
import { StatementsService } from './statements.service.js';

const STATUS: Partial<Record<DomainError['code'], number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, NOT_FOUND: 404 };

function fail(res: Response, status: number, code: string, message: string, field?: string): void {
  res
    .status(status)
    .type('application/json')
    .send({ error: { code, message, ...(field ? { field } : {}) } });
}

/**
 * GET /statements/{yyyy-mm}.csv — the statement as CSV (statement-csv.ts) for the bearer of an
 * access token or a personal API token (either scope: it only reads): their own, or with `?userId=` (admins) any customer's. Someone else's or an unknown
 * customer is 404; a malformed or future month 400 naming `month`; no token 401; an API token over
 * its rate limit 429 with Retry-After. Errors are JSON
 * `{ error: { code, message, field? } }`.
 */
@Controller('statements')
export class StatementsController {
  constructor(
    private readonly bearer: BearerAuth,
    private readonly statements: StatementsService,
  ) {}

  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query('userId') userId: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ) {
    res.setHeader('cache-control', 'private, no-store');
    let admitted: BearerAdmission | undefined;
    try {
      admitted = await this.bearer.admit(authorization);
    } catch (e) {
      if (!(e instanceof ApiTokenRateLimited)) throw e;
      res.setHeader('retry-after', String(e.retryAfterSeconds));
      return fail(res, 429, e.code, e.message);
    }
    if (!admitted || 'error' in admitted) {
      res.setHeader('www-authenticate', 'Bearer');
      const credential = admitted?.credential === 'api-token' ? 'API token' : 'access token';
      return fail(res, 401, 'UNAUTHENTICATED', admitted ? `${credential} ${admitted.error}` : 'Sign in required');
    }
    const month = /^(.+)\.csv$/.exec(file)?.[1];
    if (!month) return fail(res, 400, 'BAD_USER_INPUT', 'the path must be /statements/YYYY-MM.csv', 'month');
    // A repeated or non-string ?userId= is no customer: the same 404 as an unknown one.
    const customer = userId === undefined ? undefined : typeof userId === 'string' ? userId : '-';
    try {
      const statement = await this.statements.statement(admitted.user, month, customer);
      res.type('text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="minegnk-statement-${statement.month}.csv"`);
      res.send(statementCsv(statement));
    } catch (e) {
      const status = e instanceof DomainError ? STATUS[e.code] : undefined;
      if (!status || !(e instanceof DomainError)) throw e;
      fail(res, status, e.code, e.message, e.extra.field as string | undefined);
    }
  }
}
