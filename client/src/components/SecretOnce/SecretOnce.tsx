import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

export interface SecretOnceTexts {
  title: string;
  warning: string;
  copy: string;
  copied: string;
}

/** A secret the server shows only this once (an API token, a webhook's signing secret): the value, a copy button, a warning. */
export function SecretOnce({ value, texts, testId }: { value: string; texts: SecretOnceTexts; testId: string }) {
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={texts.title}>
      <Stack gap="xs">
        <Text size="sm">{texts.warning}</Text>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid={testId}>
            {value}
          </Code>
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="light"
                color={copied ? 'teal' : 'blue'}
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                onClick={copy}
              >
                {copied ? texts.copied : texts.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
