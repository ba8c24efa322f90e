import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { GqlAuthGuard } from '../auth/index.js';
import { ExpectedEarningsArgs, ExpectedEarningsEstimate } from './dto/expected-earnings.model.js';
import { ExpectedEarningsService } from './expected-earnings.service.js';

@Resolver(() => ExpectedEarningsEstimate)
@UseGuards(GqlAuthGuard)
export class ExpectedEarningsResolver {
  constructor(private readonly expected: ExpectedEarningsService) {}

  @Query(() => ExpectedEarningsEstimate, {
    description:
      'Expected earnings of `quantity` GPUs of a model, as the add-node form shows them: the network median settled reward per GPU over the last settled epochs × quantity.',
  })
  expectedEarnings(@Args() args: ExpectedEarningsArgs): Promise<ExpectedEarningsEstimate> {
    return this.expected.expect(args.gpuModel, args.quantity);
  }
}
