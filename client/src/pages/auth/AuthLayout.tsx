import { Anchor, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ColorSchemeToggle, LanguageSwitch } from '../../app/AppLayout/HeaderControls';

export function AuthLayout(props: { title: string; children: ReactNode; footer: { text: string; link: string; to: string } }) {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-default-hover)">
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between">
          <Text fw={700} size="xl">
            <Text span c="var(--mantine-primary-color-filled)" inherit>
              ◆
            </Text>{' '}
            MineGNK
          </Text>
          <Group gap="xs">
            <LanguageSwitch />
            <ColorSchemeToggle />
          </Group>
        </Group>
        <Paper withBorder shadow="sm" p="xl">
          <Title order={3} mb="lg">
            {props.title}
          </Title>
          {props.children}
        </Paper>
        <Text ta="center" size="sm" c="dimmed">
          {props.footer.text}{' '}
          <Anchor component={Link} to={props.footer.to} size="sm">
            {props.footer.link}
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
