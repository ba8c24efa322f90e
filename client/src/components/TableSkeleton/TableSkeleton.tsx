import { Skeleton, Stack } from '@mantine/core';

/** Placeholder rows in the shape of a table while its query loads. */
export function TableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Stack gap="xs" data-testid="loading">
      <Skeleton height={36} />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholder rows; their position is their identity
        <Skeleton key={i} height={44} opacity={1 - i * 0.1} />
      ))}
    </Stack>
  );
}

export function CardsSkeleton({ count = 4, height = 96 }: { count?: number; height?: number }) {
  return (
    <Stack gap="md" data-testid="loading">
      <Skeleton height={height} />
      {count > 1 && <Skeleton height={height * 2} />}
    </Stack>
  );
}
