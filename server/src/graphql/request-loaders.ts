import { Injectable, Module } from '@nestjs/common';
import { DeliveryLoadersFactory, type DeliveryLoaders } from '../modules/notifications/delivery/delivery-loaders.js';
import { NodeLoadersFactory, type NodeLoaders } from '../modules/nodes/loaders/node-loaders.js';
import { NodesModule } from '../modules/nodes/nodes.module.js';
import { UserLoadersFactory, type UserLoaders } from '../modules/users/loaders/user-loaders.js';
import { UsersModule } from '../modules/users/users.module.js';
import { SupportLoadersFactory, type SupportLoaders } from '../modules/support/support-request-nodes.loader.js';
import { SupportModule } from '../modules/support/support.module.js';
import { FiatLoadersFactory, type FiatLoaders } from '../modules/prices/fiat-loaders.js';
import { PricesModule } from '../modules/prices/prices.module.js';

/**
 * Every per-request loader, by name: one typed map, built fresh for each request (gql-context.ts)
 * from one factory per domain. A domain adds its loaders to its own factory and its type here.
 */
export type RequestLoaders = NodeLoaders & UserLoaders & DeliveryLoaders & SupportLoaders & FiatLoaders;

@Injectable()
export class RequestLoadersFactory {
  constructor(
    private readonly nodes: NodeLoadersFactory,
    private readonly users: UserLoadersFactory,
    private readonly deliveries: DeliveryLoadersFactory,
    private readonly support: SupportLoadersFactory,
    private readonly fiat: FiatLoadersFactory,
  ) {}

  /** `customerId`: the caller when a customer (their nodes' history is limited to their ownership period). */
  create(customerId?: string): RequestLoaders {
    return { ...this.nodes.create(customerId), ...this.users.create(), ...this.deliveries.create(), ...this.support.create(customerId), ...this.fiat.create() };
  }
}

@Module({ imports: [NodesModule, UsersModule, SupportModule, PricesModule], providers: [RequestLoadersFactory], exports: [RequestLoadersFactory] })
export class RequestLoadersModule {}
