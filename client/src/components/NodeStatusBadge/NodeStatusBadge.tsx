import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { NodeStatus } from '../../gql/graphql';
import { useServerTexts } from '../../lib/server-texts';

export const NodeStatusBadgeFragment = graphql(`
  fragment NodeStatusBadge_node on Node {
    status
    statusReason
    statusRule
    statusDetails {
      ...StatusReason_details
    }
  }
`);

export const STATUS_COLORS: Record<NodeStatus, string> = {
  HEALTHY: 'teal',
  UNHEALTHY: 'orange',
  JAILED: 'red',
  OFFLINE: 'gray',
  UNKNOWN: 'gray',
};

/** Status with the rule that set it in a tooltip ("why", not just "what"). */
export function NodeStatusBadge(props: { node: FragmentType<typeof NodeStatusBadgeFragment>; size?: 'sm' | 'md' | 'lg' }) {
  const node = useFragment(NodeStatusBadgeFragment, props.node);
  const { t } = useTranslation();
  const reason = useServerTexts().statusReason(node);
  return (
    <Tooltip label={reason} withArrow multiline maw={280} events={{ hover: true, focus: true, touch: true }}>
      <Badge
        color={STATUS_COLORS[node.status]}
        variant={node.status === 'UNKNOWN' ? 'outline' : 'light'}
        size={props.size ?? 'md'}
        tabIndex={0}
        aria-label={`${t(`status.${node.status}`)}: ${reason}`}
      >
        {t(`status.${node.status}`)}
      </Badge>
    </Tooltip>
  );
}
