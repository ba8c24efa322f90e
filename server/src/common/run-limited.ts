/**
 * Runs `tasks` with at most `limit` in flight, in order of start; resolves when all settled and
 * rejects with the first error after the others finished (none is left running behind the caller).
 * Alert evaluation raises thousands of independent one-transaction alerts after a big refresh: one
 * at a time they wait on round trips, all at once they would take every pooled connection.
 */
export async function runLimited(tasks: ReadonlyArray<() => Promise<unknown>>, limit: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      try {
        await task();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failure) throw failure.error;
}
