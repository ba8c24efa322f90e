import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInput } from '../common/domain-error.js';

/** Page size bounds for every Relay connection. */
export const PAGE_SIZE_MIN = 1;
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 20;
const CURSOR_MAX_LENGTH = 200;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: `Page size, ${PAGE_SIZE_MIN}..${PAGE_SIZE_MAX}.` })
  @IsOptional()
  @IsInt()
  @Min(PAGE_SIZE_MIN)
  @Max(PAGE_SIZE_MAX)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (a previous endCursor).' })
  @IsOptional()
  @IsString()
  @MaxLength(CURSOR_MAX_LENGTH)
  after?: string;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'More items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Items precede this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Page producers define it as a getter that starts the count when read: a count nobody asked for costs nothing. */
  totalCount: number | Promise<number>;
}

/**
 * GraphQL types for a Relay connection of `classRef`:
 * `@ObjectType() class UserConnection extends Connection(User) {}` gives `UserConnection` and `UserEdge`.
 */
export function Connection<T>(classRef: Type<T>, name: string = classRef.name): Type<ConnectionResult<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque position of this item, for `after`.' })
    cursor: string;

    @Field(() => classRef, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items with their cursors.' })
    edges: Edge<T>[];

    @Field(() => [classRef], { description: "The edges' nodes, for clients that need no cursors." })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'All items matching the filters, across pages.' })
    totalCount: number;
  }
  return ConnectionType as Type<ConnectionResult<T>>;
}

/** Cursor = base64url of [created_at as PostgreSQL text (full microseconds), id]: opaque to clients. */
export function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

// What PostgreSQL's timestamptz::text gives (the only form the server issues), in range.
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2}))?$/;

function isTimestamp(text: string): boolean {
  const m = TIMESTAMP_PATTERN.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m.slice(1).map((v) => Number(v ?? 0));
  const lastOfMonth = new Date(0);
  lastOfMonth.setUTCFullYear(year, month, 0); // (Date.UTC would read years 0-99 as 19xx)
  const daysInMonth = lastOfMonth.getUTCDate();
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetHours <= 15 &&
    offsetMinutes < 60
  );
}
const ID_PATTERNS = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  bigint: /^\d{1,18}$/,
};

/** A tampered cursor is the client's mistake (BAD_USER_INPUT), never a SQL error. */
export function decodeCursor(cursor: string, idType: keyof typeof ID_PATTERNS): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string') && isTimestamp(value[0]) && ID_PATTERNS[idType].test(value[1]);
    if (valid) return value as [string, string];
  } catch {
    // fall through
  }
  throw new BadUserInput('after', 'after is not a valid cursor');
}

export interface PaginateOptions<T, N> {
  /** Newest first by default. */
  order?: 'ASC' | 'DESC';
  /** Turns each entity into the GraphQL model. */
  map: (entity: T) => N;
  /** Type of the `id` column; default uuid. */
  idType?: keyof typeof ID_PATTERNS;
}

/**
 * Keyset pagination over (alias.created_at, alias.id) for a query builder that already holds the
 * filters (and only to-one joins). Needs a `created_at` column and an `id` column on `alias`.
 */
export async function paginate<T extends ObjectLiteral, N>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  alias: string,
  { order = 'DESC', map, idType = 'uuid' }: PaginateOptions<T, N>,
): Promise<ConnectionResult<N>> {
  const first = args.first ?? PAGE_SIZE_DEFAULT;
  const counter = qb.clone();
  const page = qb.clone();
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, idType);
    const op = order === 'DESC' ? '<' : '>';
    page.andWhere(`(${alias}.created_at, ${alias}.id) ${op} (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS ${idType}))`, {
      cursorAt: createdAt,
      cursorId: id,
    });
  }
  page
    .addSelect(`${alias}.created_at::text`, 'cursor_created_at')
    .orderBy(`${alias}.created_at`, order)
    .addOrderBy(`${alias}.id`, order)
    .limit(first + 1);
  const { entities, raw } = await page.getRawAndEntities();
  const hasNextPage = entities.length > first;
  const edges = entities.slice(0, first).map((entity, i) => ({
    cursor: encodeCursor(String(raw[i].cursor_created_at), String(entity.id)),
    node: map(entity),
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    get totalCount() {
      return counter.getCount();
    },
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
