import { DomainError } from '../../common/domain-error.js';

export class NodeAlreadyAssigned extends DomainError {
  constructor(identifier: string) {
    super('CONFLICT', `Node ${identifier} is already assigned to a customer; unassign it first`);
  }
}

export class AssigneeNotCustomer extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'userId must be an existing user', { field: 'input.userId' });
  }
}
