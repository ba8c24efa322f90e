import { Group, Text, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatNumber } from '../../lib/format';

export const NodeWeightFragment = graphql(`
  fragment NodeWeight_node on Node {
    weight
    weightShare
    weightRank
    weightRankOf
  }
`);

/** Weight with what it means for the owner: the share of the network and the place among participants. */
export function NodeWeight(props: { node: FragmentType<typeof NodeWeightFragment> }) {
  const node = useFragment(NodeWeightFragment, props.node);
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const parts = [formatNumber(node.weight, lang, 0)];
  if (node.weightShare != null) {
    const share = node.weightShare.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 2, minimumFractionDigits: 2 });
    parts.push(t('nodeWeight.share', { share }));
  }
  if (node.weightRank != null && node.weightRankOf != null) {
    parts.push(t('nodeWeight.rank', { rank: formatNumber(node.weightRank, lang, 0), of: formatNumber(node.weightRankOf, lang, 0) }));
  }
  return (
    <Group gap={4} wrap="nowrap" align="center" data-testid="node-weight">
      <Text span size="sm">
        {parts.length > 1 ? `${parts[0]} — ${parts.slice(1).join(', ')}` : parts[0]}
      </Text>
      <Tooltip label={t('nodeWeight.explain')} multiline w={280} withArrow>
        <IconInfoCircle size={14} aria-label={t('nodeWeight.explainLabel')} role="img" style={{ flexShrink: 0 }} />
      </Tooltip>
    </Group>
  );
}
