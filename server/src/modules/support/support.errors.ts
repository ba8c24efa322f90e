import { BadUserInput, DomainError } from '../../common/domain-error.js';
import { statusName } from './dto/support.enums.js';

export class RequestTransitionInvalid extends DomainError {
  constructor(from: string, to: string) {
    super('INVALID_TRANSITION', `A support request cannot go from ${statusName(from)} to ${statusName(to)}`, {
      from: statusName(from),
      to: statusName(to),
    });
  }
}

export class AssigneeNotAdmin extends BadUserInput {
  constructor() {
    super('input.assignedToId', 'input.assignedToId must be the id of an admin');
  }
}

export class RequestNodesInvalid extends BadUserInput {
  constructor(reason: 'not_new_node' | 'not_owned') {
    super(
      'input.nodeIds',
      reason === 'not_new_node'
        ? 'input.nodeIds: only a new-node request that is not rejected links to nodes'
        : "input.nodeIds must be nodes assigned to the request's customer",
    );
  }
}
