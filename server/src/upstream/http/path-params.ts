/** Values that go into request paths: a bad one is a caller bug, rejected before any request. */

/** Epoch numbers go into paths: reject anything but a non-negative integer (a caller bug). */
export function epochNumber(epoch: number): number {
  if (!Number.isSafeInteger(epoch) || epoch < 0) throw new RangeError(`Invalid epoch number: ${epoch}`);
  return epoch;
}

export function blockHeight(height: number): number {
  if (!Number.isSafeInteger(height) || height < 1) throw new RangeError(`Invalid block height: ${height}`);
  return height;
}

export function segment(value: string): string {
  if (value.length === 0) throw new RangeError('Empty path segment');
  return encodeURIComponent(value);
}
