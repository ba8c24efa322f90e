import { graphql } from '../../gql';
import { type StatusReasonSource, useServerTexts } from '../../lib/server-texts';

/**
 * The figures a status reason is worded from (Node.statusDetails, NodeStatusChange.details,
 * activity params): one fragment for every document that shows a reason; lib/server-texts.ts
 * words them.
 */
export const StatusReasonDetailsFragment = graphql(`
  fragment StatusReason_details on NodeStatusDetails {
    jailedUntil
    exclusionReason
    missedRate
    invalidationRate
    confirmationPocRatio
    threshold
  }
`);

/** A status reason in the UI language (the server's text when the client does not know its rule). */
export function StatusReason({ source }: { source: StatusReasonSource }) {
  return <>{useServerTexts().statusReason(source)}</>;
}
