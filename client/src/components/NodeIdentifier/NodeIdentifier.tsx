import { ActionIcon, Anchor, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The server's template with the identifier in place of `{address}`, encoded so it cannot change the URL's shape. */
export function explorerUrl(template: string, identifier: string): string {
  return template.replaceAll('{address}', encodeURIComponent(identifier));
}

/** The node's identifier with a copy button and, when the server names an explorer, a link to it. */
export function NodeIdentifier({ identifier, explorerUrlTemplate }: { identifier: string; explorerUrlTemplate?: string | null }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" align="center">
      <Text span ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
        {identifier}
      </Text>
      <CopyButton value={identifier} timeout={2000}>
        {({ copied, copy }) => {
          const label = copied ? t('nodeIdentity.copied') : t('nodeIdentity.copy');
          return (
            <Tooltip label={label} withArrow>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={label}>
                {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              </ActionIcon>
            </Tooltip>
          );
        }}
      </CopyButton>
      {explorerUrlTemplate && (
        <Tooltip label={t('nodeIdentity.explorer')} withArrow>
          <Anchor
            href={explorerUrl(explorerUrlTemplate, identifier)}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('nodeIdentity.explorer')}
            display="inline-flex"
          >
            <IconExternalLink size={14} />
          </Anchor>
        </Tooltip>
      )}
    </Group>
  );
}
