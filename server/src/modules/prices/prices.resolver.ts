import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from '../auth/index.js';
import { Price } from './dto/price.model.js';
import { PricesService } from './prices.service.js';

@Resolver(() => Price)
@UseGuards(GqlAuthGuard)
export class PricesResolver {
  constructor(private readonly prices: PricesService) {}

  @Query(() => Price, { nullable: true, description: 'The current GNK price in USD and EUR; null when no price source is configured and none is known.' })
  price(): Promise<Price | null> {
    return this.prices.current();
  }
}
