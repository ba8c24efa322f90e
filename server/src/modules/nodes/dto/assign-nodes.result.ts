import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from './node.model.js';

export enum BulkAssignOutcome {
  ASSIGNED = 'ASSIGNED',
  ALREADY_YOURS = 'ALREADY_YOURS',
  OWNED_BY_OTHER = 'OWNED_BY_OTHER',
  INVALID = 'INVALID',
  DUPLICATE_IN_LIST = 'DUPLICATE_IN_LIST',
  NOT_APPLIED = 'NOT_APPLIED',
}
registerEnumType(BulkAssignOutcome, {
  name: 'BulkAssignOutcome',
  description: 'What became of one line of a bulk assignment.',
  valuesMap: {
    ASSIGNED: { description: 'Now the customer’s node.' },
    ALREADY_YOURS: { description: 'Already the customer’s node: nothing changed (not a failure, also with allOrNothing).' },
    OWNED_BY_OTHER: { description: 'Another customer owns it; unassign it there first.' },
    INVALID: { description: 'The identifier or the name is malformed (see `code`).' },
    DUPLICATE_IN_LIST: { description: 'The identifier already appeared on an earlier line; this one is ignored.' },
    NOT_APPLIED: { description: 'Would have been assigned, but allOrNothing rolled the whole list back.' },
  },
});

/** Why a line ended as it did, for the client to word (the server sends codes, not sentences). */
export enum BulkAssignCode {
  ASSIGNED = 'ASSIGNED',
  ALREADY_YOURS = 'ALREADY_YOURS',
  OWNED_BY_OTHER = 'OWNED_BY_OTHER',
  IDENTIFIER_EMPTY = 'IDENTIFIER_EMPTY',
  IDENTIFIER_MALFORMED = 'IDENTIFIER_MALFORMED',
  DISPLAY_NAME_TOO_LONG = 'DISPLAY_NAME_TOO_LONG',
  DUPLICATE_IN_LIST = 'DUPLICATE_IN_LIST',
  ROLLED_BACK = 'ROLLED_BACK',
}
registerEnumType(BulkAssignCode, { name: 'BulkAssignCode', description: 'Message code of a bulk-assignment line.' });

@ObjectType({ description: 'The result of one line.' })
export class AssignNodesLineResult {
  @Field(() => Int, { description: '1-based position in `input.lines`.' })
  line: number;

  @Field({ description: 'The identifier as given (trimmed).' })
  identifier: string;

  @Field(() => BulkAssignOutcome, { description: 'What became of the line.' })
  outcome: BulkAssignOutcome;

  @Field(() => BulkAssignCode, { description: 'Why, as a code for the client to word.' })
  code: BulkAssignCode;

  @Field(() => Node, { nullable: true, description: 'The node, when ASSIGNED or ALREADY_YOURS.' })
  node: Node | null;
}

@ObjectType({ description: 'Per-line results of a bulk assignment.' })
export class AssignNodesResult {
  @Field({ description: 'false when allOrNothing rolled everything back.' })
  applied: boolean;

  @Field(() => Int, { description: 'Lines that are now newly the customer’s.' })
  assignedCount: number;

  @Field(() => [AssignNodesLineResult], { description: 'One result per line of `input.lines`, in order.' })
  lines: AssignNodesLineResult[];
}
