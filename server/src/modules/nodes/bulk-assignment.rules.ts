import { isValidGonkaIdentifier } from '../../common/validators/gonka-identifier.js';
import { type AssignNodesLineInput, type AssignNodesInput } from './dto/assign-nodes.input.js';
import { DISPLAY_NAME_MAX } from './dto/assign-node.input.js';
import { BulkAssignCode, BulkAssignOutcome } from './dto/assign-nodes.result.js';

/** A line after the checks that need no database: either a verdict already, or a candidate to assign. */
export type CheckedLine =
  | { line: number; identifier: string; verdict: { outcome: BulkAssignOutcome; code: BulkAssignCode } }
  | { line: number; identifier: string; displayName: string | null; verdict?: undefined };

/**
 * The rules of a single assignment's input (AssignNodeInput's validators), applied per line so one
 * bad line does not fail the list; and the list's own rule: an identifier counts once (later lines
 * with it are DUPLICATE_IN_LIST, whatever became of the first).
 */
export function checkLines(input: Pick<AssignNodesInput, 'lines' | 'identifierType'>): CheckedLine[] {
  const seen = new Set<string>();
  return input.lines.map((raw: AssignNodesLineInput, i): CheckedLine => {
    const line = i + 1;
    const identifier = raw.identifier.trim();
    const displayName = raw.displayName?.trim() || null;
    const invalid = (code: BulkAssignCode): CheckedLine => ({ line, identifier, verdict: { outcome: BulkAssignOutcome.INVALID, code } });
    if (!identifier) return invalid(BulkAssignCode.IDENTIFIER_EMPTY);
    if (seen.has(identifier)) return { line, identifier, verdict: { outcome: BulkAssignOutcome.DUPLICATE_IN_LIST, code: BulkAssignCode.DUPLICATE_IN_LIST } };
    seen.add(identifier);
    if (!isValidGonkaIdentifier(identifier, input.identifierType)) return invalid(BulkAssignCode.IDENTIFIER_MALFORMED);
    if (displayName && displayName.length > DISPLAY_NAME_MAX) return invalid(BulkAssignCode.DISPLAY_NAME_TOO_LONG);
    return { line, identifier, displayName };
  });
}

/** Outcomes that leave the line's wish unmet: with allOrNothing, any of them rolls the list back. */
export function isFailure(outcome: BulkAssignOutcome): boolean {
  return outcome !== BulkAssignOutcome.ASSIGNED && outcome !== BulkAssignOutcome.ALREADY_YOURS;
}
