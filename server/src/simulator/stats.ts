/** Requests served per route pattern — how tests and benchmarks count upstream calls. */
export const UNMATCHED_ROUTE = '<unmatched>';

/** The `pagination.*` parameters of a Cosmos list request, canonical (sorted); '' when it has none. */
export function pageOf(query: URLSearchParams | undefined): string {
  if (!query) return '';
  const params = [...query].filter(([k]) => k.startsWith('pagination.')).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(params).toString();
}

export class RequestStats {
  private counts = new Map<string, number>();
  /** Paginated requests: route pattern → page (its `pagination.*` query) → requests. */
  private pages = new Map<string, Map<string, number>>();
  private total = 0;

  record(pattern: string, query?: URLSearchParams): void {
    this.counts.set(pattern, (this.counts.get(pattern) ?? 0) + 1);
    this.total++;
    const page = pageOf(query);
    if (!page) return;
    let byPage = this.pages.get(pattern);
    if (!byPage) {
      byPage = new Map();
      this.pages.set(pattern, byPage);
    }
    byPage.set(page, (byPage.get(page) ?? 0) + 1);
  }

  reset(): void {
    this.counts = new Map();
    this.pages = new Map();
    this.total = 0;
  }

  snapshot(): { routes: Record<string, number>; total: number } {
    return { routes: Object.fromEntries(this.counts), total: this.total };
  }

  /**
   * Requests per page of each paginated route, so a second request for the same page (a retry or a
   * duplicate fetch) can be told from the next page of a long list.
   */
  pageSnapshot(): { routes: Record<string, Record<string, number>> } {
    return { routes: Object.fromEntries([...this.pages].map(([pattern, byPage]) => [pattern, Object.fromEntries(byPage)])) };
  }
}
