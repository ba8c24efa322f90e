import { Skeleton, Stack } from '@mantine/core';

/** Shown while a route's code chunk loads. */
export function PageLoader() {
  return (
    <Stack gap="md" data-testid="loading">
      <Skeleton height={32} width={220} />
      <Skeleton height={120} />
      <Skeleton height={240} />
    </Stack>
  );
}
