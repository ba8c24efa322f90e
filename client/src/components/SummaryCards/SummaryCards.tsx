import { Group, Paper, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SummaryItem {
  key: string;
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  icon: ReactNode;
  color?: string;
}

/** The dashboard's headline numbers, 1–4 per row depending on the screen. */
export function SummaryCards({ items }: { items: SummaryItem[] }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: Math.min(items.length, 4) }} spacing="md">
      {items.map((item) => (
        <Paper withBorder p="md" key={item.key} data-testid={`summary-${item.key}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {item.label}
              </Text>
              <Text fw={700} fz={28} lh={1.2} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {item.value}
              </Text>
              {item.hint && (
                <Text size="xs" c="dimmed" mt={2}>
                  {item.hint}
                </Text>
              )}
            </div>
            <ThemeIcon variant="light" color={item.color} size={40} radius="md">
              {item.icon}
            </ThemeIcon>
          </Group>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
