import { ResolveField, Resolver, Root } from '@nestjs/graphql';
import { GovernanceModelsService } from '../../network/governance-models.service.js';
import { EpochRisk } from './dto/epoch-risk.model.js';
import { ModelParticipation } from './dto/model-participation.model.js';
import { modelParticipation } from './model-participation.rules.js';

/** EpochRisk.models: the governance list is cached hourly and the host's models ride on the risk, so asking costs no call per node. */
@Resolver(() => EpochRisk)
export class EpochRiskModelsResolver {
  constructor(private readonly governance: GovernanceModelsService) {}

  @ResolveField(() => [ModelParticipation], {
    description:
      "Each governance model (models_all) and the host's participation this epoch: SERVED when its epoch entry lists it, else NOT_SERVED with the cost of doing nothing (an upper bound: delegation is not visible on the chain's public routes).",
  })
  async models(@Root() risk: EpochRisk): Promise<ModelParticipation[]> {
    const { modelIds } = await this.governance.current();
    return modelParticipation(modelIds, risk.hostModels);
  }
}
