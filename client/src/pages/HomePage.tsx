import { Alert, Container, Loader, Stack, Title, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ServerInfoCard } from '../components/ServerInfoCard';

const HomePageQuery = graphql(`
  query HomePage {
    serverInfo {
      ...ServerInfoCard_info
    }
  }
`);

/** Placeholder home until the portal pages land. */
export function HomePage() {
  const { data, loading, error } = useQuery(HomePageQuery);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>MineGNK</Title>
        <Text c="dimmed">Monitoring for your Gonka nodes.</Text>
        {loading && <Loader />}
        {error && <Alert color="red">The API is not reachable right now.</Alert>}
        {data && <ServerInfoCard info={data.serverInfo} />}
      </Stack>
    </Container>
  );
}
