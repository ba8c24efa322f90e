import { Field, ObjectType } from '@nestjs/graphql';
import { Currency } from '../../users/dto/user.enums.js';

@ObjectType({
  description:
    "A GNK amount's value in the viewer's preferred currency. For GNK preference it is the GNK amount itself (currency GNK, price 1), so a client can always show `amount currency`.",
})
export class FiatValue {
  @Field({ description: "The value, a decimal string with the currency's minor-unit decimals (USD/EUR 2, GNK 9), rounded once, half-even." })
  amount: string;

  @Field(() => Currency, { description: "The viewer's preferred currency (USD, EUR, or GNK: then `amount` is the GNK amount)." })
  currency: Currency;

  @Field({
    description:
      'The price applied per GNK, a decimal string: for a sum over several days, the income-weighted average of the day prices (value ÷ GNK, 10 significant digits); for no income, the current price.',
  })
  price: string;

  @Field({ description: 'Time of the newest price used.' })
  priceAt: Date;

  @Field({ description: 'True when a price used is the last known one (source failing) or a day had no price of its own and took an earlier day’s.' })
  stale: boolean;
}
