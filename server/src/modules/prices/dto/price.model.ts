import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The current price of 1 GNK (wrapped GNK on a CoinGecko-compatible API), fetched once for everyone.' })
export class Price {
  @Field(() => String, {
    nullable: true,
    description: 'USD per GNK, a decimal string at the precision the source gave; null when the source has no USD price.',
  })
  usd: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'EUR per GNK, a decimal string at the precision the source gave; null when the source has no EUR price.',
  })
  eur: string | null;

  @Field({ description: "The source's time of this price." })
  at: Date;

  @Field({ description: "Where the price comes from: 'simulator' in demo mode, else the price API's host (e.g. api.coingecko.com)." })
  source: string;

  @Field({ description: 'True when refreshes have been failing: this is the last known price, as of `at`.' })
  stale: boolean;
}
