import { DomainError } from '../../common/domain-error.js';

export class EmailTaken extends DomainError {
  constructor() {
    super('CONFLICT', 'An account with this email already exists', { field: 'input.email' });
  }
}
