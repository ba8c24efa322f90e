import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SingleFlight } from './single-flight.js';

/** A promise settled from outside, so a test decides when the shared work finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('concurrent callers of one key share one run of the work; other keys run apart', async () => {
    const flight = new SingleFlight();
    const gate = deferred<string>();
    let runs = 0;
    const work = () => {
      runs++;
      return gate.promise;
    };
    const a = flight.run('k', work);
    const b = flight.run('k', work);
    const other = flight.run('other', async () => 'other');
    assert.equal(a, b);
    assert.equal(runs, 1);
    gate.resolve('v');
    assert.deepEqual(await Promise.all([a, b, other]), ['v', 'v', 'other']);
  });

  it('drops the entry once the work settles, so the next call runs the work again', async () => {
    const flight = new SingleFlight();
    let runs = 0;
    const work = async () => ++runs;
    assert.equal(await flight.run('k', work), 1);
    assert.equal(flight.size, 0);
    assert.equal(await flight.run('k', work), 2);
    assert.equal(runs, 2);
  });

  it('shares a rejection with every waiting caller, then drops it', async () => {
    const flight = new SingleFlight();
    const gate = deferred<never>();
    let runs = 0;
    const failing = () => {
      runs++;
      return gate.promise;
    };
    const calls = [flight.run('k', failing), flight.run('k', failing)];
    gate.reject(new Error('boom'));
    for (const call of calls) await assert.rejects(call, /boom/);
    assert.equal(runs, 1);
    assert.equal(flight.size, 0);
    assert.equal(await flight.run('k', async () => 'recovered'), 'recovered');
  });

  it('settled() waits for all in-flight work, including work started while it waits', async () => {
    const flight = new SingleFlight();
    const first = deferred<void>();
    const second = deferred<void>();
    const done: string[] = [];
    void flight.run('a', () =>
      first.promise.then(() => {
        done.push('a');
        void flight.run('b', () => second.promise.then(() => void done.push('b')));
      }),
    );
    const settled = flight.settled().then(() => done.push('settled'));
    first.resolve();
    await new Promise((res) => setImmediate(res));
    assert.deepEqual(done, ['a']);
    second.resolve();
    await settled;
    assert.deepEqual(done, ['a', 'b', 'settled']);
    assert.equal(flight.size, 0);
  });
});
