import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { GPU_TYPE_MAX_LENGTH, QUANTITY_MAX, QUANTITY_MIN } from '../../support/support.constants.js';
import { ExpectedEarningsUnavailableReason } from '../expected-earnings.types.js';

registerEnumType(ExpectedEarningsUnavailableReason, {
  name: 'ExpectedEarningsUnavailableReason',
  description:
    'Why no expectation: UNKNOWN_GPU_MODEL (the text names no GPU model), NO_NETWORK_DATA (no network host with only that model in the epochs read), NO_SETTLED_EPOCHS, NETWORK_UNAVAILABLE (the network could not be read).',
});

@ObjectType({ description: 'What an expected-earnings figure was computed from.' })
export class ExpectedEarningsBasis {
  @Field({ description: 'GPU model the figures are for, e.g. "H100" (memory variants pooled).' })
  gpuModel: string;

  @Field({ description: "Network median of a host's settled reward ÷ its GPUs, GNK (exact decimal), over every host-epoch counted." })
  medianPerGpu: string;

  @Field(() => Int, { description: 'Settled epochs with at least one host of that model.' })
  epochs: number;

  @Field(() => Int, { description: 'First settled epoch of the window read.' })
  fromEpoch: number;

  @Field(() => Int, { description: 'Last settled epoch of the window read.' })
  toEpoch: number;

  @Field(() => Int, { description: 'Distinct network nodes (hosts with only GPUs of that model) the median is taken over.' })
  networkNodes: number;

  @Field(() => Int, { description: 'Host-epochs the median is taken over.' })
  samples: number;

  @Field(() => Int, { nullable: true, description: 'Epoch length the per-day figure uses, seconds (chain times of the epochs read); null when unknown.' })
  epochSeconds: number | null;
}

@ObjectType({ description: 'Expected earnings of GPUs of one model: network median reward per GPU × quantity. An approximation, not the chain’s settlement.' })
export class ExpectedEarnings {
  @Field(() => Int, { description: 'How many GPUs the figures are for.' })
  quantity: number;

  @Field({ description: 'Expected GNK per epoch (exact decimal).' })
  perEpoch: string;

  @Field(() => String, { nullable: true, description: 'Expected GNK per day (exact decimal); null when the epoch length is unknown.' })
  perDay: string | null;

  @Field(() => ExpectedEarningsBasis, { description: 'What the figures were computed from.' })
  basis: ExpectedEarningsBasis;

  @Field({ description: 'When the figures were computed (for a request: when they were shown).' })
  computedAt: Date;
}

@ObjectType({ description: 'An expected-earnings answer: the figures, or why there are none.' })
export class ExpectedEarningsEstimate {
  @Field(() => ExpectedEarnings, { nullable: true, description: 'The figures; null when unavailable.' })
  expected: ExpectedEarnings | null;

  @Field(() => ExpectedEarningsUnavailableReason, { nullable: true, description: 'Why there are no figures; null when there are.' })
  unavailableReason: ExpectedEarningsUnavailableReason | null;
}

@ArgsType()
export class ExpectedEarningsArgs {
  @Field({ description: `GPU model as the customer writes it, e.g. "H100 80GB" (at most ${GPU_TYPE_MAX_LENGTH} characters).` })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(GPU_TYPE_MAX_LENGTH)
  gpuModel: string;

  @Field(() => Int, { description: `How many GPUs, ${QUANTITY_MIN}..${QUANTITY_MAX}.` })
  @IsInt()
  @Min(QUANTITY_MIN)
  @Max(QUANTITY_MAX)
  quantity: number;
}
