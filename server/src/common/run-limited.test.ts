import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runLimited } from './run-limited.js';

test('runLimited: every task runs, never more than the limit at once, the first error after all settled', async () => {
  let inFlight = 0;
  let peak = 0;
  const done: number[] = [];
  const task = (i: number) => async () => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, 5 - (i % 3)));
    inFlight--;
    done.push(i);
    if (i === 3 || i === 7) throw new Error(`task ${i}`);
  };
  await assert.rejects(
    runLimited(
      Array.from({ length: 12 }, (_, i) => task(i)),
      4,
    ),
    /task 3/,
  );
  assert.equal(done.length, 12);
  assert.equal(inFlight, 0);
  assert.equal(peak, 4);
  await runLimited([], 4);
});
