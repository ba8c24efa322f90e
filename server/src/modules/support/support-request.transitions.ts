import { SupportRequestStatus as S } from './dto/support.enums.js';

/** The request lifecycle: which status may follow which. Completed and rejected are final. */
const NEXT: Record<S, readonly S[]> = {
  [S.PENDING]: [S.IN_PROGRESS, S.REJECTED],
  [S.IN_PROGRESS]: [S.COMPLETED, S.REJECTED],
  [S.COMPLETED]: [],
  [S.REJECTED]: [],
};

export function canTransition(from: S, to: S): boolean {
  return NEXT[from]?.includes(to) ?? false;
}
