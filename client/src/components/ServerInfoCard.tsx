import { Card, Text } from '@mantine/core';
import { graphql, useFragment, type FragmentType } from '../gql';

export const ServerInfoCardFragment = graphql(`
  fragment ServerInfoCard_info on ServerInfo {
    name
    version
  }
`);

export function ServerInfoCard(props: { info: FragmentType<typeof ServerInfoCardFragment> }) {
  const info = useFragment(ServerInfoCardFragment, props.info);
  return (
    <Card withBorder>
      <Text fw={600}>{info.name}</Text>
      <Text size="sm" c="dimmed">
        API version {info.version}
      </Text>
    </Card>
  );
}
