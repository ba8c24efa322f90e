import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { UserEntity } from './entities/user.entity.js';
import { UsersService } from './users.service.js';

/**
 * Batches user look-ups of one request (e.g. `user`/`assignedTo` on a page of support requests).
 * One DataLoader per request context object, held weakly: it dies with the request, so its cache
 * never serves one user's request from another's.
 */
@Injectable()
export class UsersLoader {
  private readonly perRequest = new WeakMap<object, DataLoader<string, UserEntity | null>>();

  constructor(private readonly users: UsersService) {}

  load(requestContext: object, id: string): Promise<UserEntity | null> {
    let loader = this.perRequest.get(requestContext);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const found = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.perRequest.set(requestContext, loader);
    }
    return loader.load(id);
  }
}
