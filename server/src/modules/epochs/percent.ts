/** A 0..1 rate as an English percentage with one decimal, e.g. 0.8333 → "83.3%". */
export function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}
