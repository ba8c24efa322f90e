/** Requests served per route pattern — how tests and benchmarks count upstream calls. */
export const UNMATCHED_ROUTE = '<unmatched>';

export class RequestStats {
  private counts = new Map<string, number>();
  private total = 0;

  record(pattern: string): void {
    this.counts.set(pattern, (this.counts.get(pattern) ?? 0) + 1);
    this.total++;
  }

  reset(): void {
    this.counts = new Map();
    this.total = 0;
  }

  snapshot(): { routes: Record<string, number>; total: number } {
    return { routes: Object.fromEntries(this.counts), total: this.total };
  }
}
