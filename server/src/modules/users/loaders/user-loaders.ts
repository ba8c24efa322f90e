import { Injectable } from '@nestjs/common';
import { PeekableLoader } from '../../../common/peekable-loader.js';
import type { UserEntity } from '../entities/user.entity.js';
import { UsersRepository } from '../users.repository.js';

/** The users domain's per-request loaders (composed into the request's loaders in graphql/request-loaders.ts). */
export interface UserLoaders {
  /** Keyed by user id, e.g. `user`/`assignedTo` on a page of support requests; null: no such user. */
  users: PeekableLoader<string, UserEntity | null>;
}

@Injectable()
export class UserLoadersFactory {
  constructor(private readonly users: UsersRepository) {}

  create(): UserLoaders {
    return {
      users: new PeekableLoader(async (ids) => {
        const found = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    };
  }
}
