/**
 * The demo customer's story, scripted on the built-in simulator at start-up through its host control
 * (the same as `POST /__sim/hosts/{address}`), before anything has read the epochs it names. Epochs
 * are counted back from the simulator's current one; those before it are the settled month at the
 * real ~24 h cadence, one a day, so "c − 9" is nine days ago.
 * - The epoch guard (issue #13): one node at risk now, one epoch that paid 0 for downtime and one
 *   excluded, one reward claimable now (its node API does not claim it, so it expires at the next
 *   settlement).
 * - The past month (issue #15): a jailing (the validator was jailed for a day and its node missed
 *   requests: paid 0), an unhealthy day (missed 11.5 % of requests — over the trackers' 10 % — yet
 *   inside the chain's downtime test: paid), and an epoch the chain judged INVALID (paid 0).
 */
import type { RunningSimulator } from '../../simulator/index.js';

export interface DemoStoryLine {
  node: number;
  what: string;
}

type Script = Parameters<RunningSimulator['scriptHost']>[1];

/** How far back (epochs before the current one) each past incident of the month happened. */
export const DEMO_INCIDENTS = { downtime: 3, claimable: 1, excluded: 5, jailed: 20, unhealthyDay: 9, invalid: 14 } as const;

export async function scriptDemoStory(sim: RunningSimulator, addresses: readonly string[]): Promise<DemoStoryLine[]> {
  const clock = (await (await fetch(`${sim.url}/__sim/clock`)).json()) as { epoch: number };
  const c = clock.epoch;
  const past = (back: number) => ({ fromEpoch: c - back, toEpoch: c - back });
  const { downtime, claimable, excluded, jailed, unhealthyDay, invalid } = DEMO_INCIDENTS;
  const story: [number, Script, string][] = [
    [0, { missRate: 0.35 }, 'misses 35% of requests from now on: AT_RISK this epoch'],
    [1, { missRate: 0.5, ...past(downtime) }, `paid 0 in epoch ${c - downtime}: downtime`],
    [2, { claim: false, ...past(claimable) }, `reward of epoch ${c - claimable} left unclaimed: CLAIMABLE now, EXPIRED at the next settlement`],
    [3, { excluded: 'downtime', ...past(excluded) }, `excluded from epoch ${c - excluded}`],
    [4, { jailed: true, missRate: 0.3, ...past(jailed) }, `jailed through epoch ${c - jailed}, missed 30% of requests: paid 0`],
    [5, { missRate: 0.115, ...past(unhealthyDay) }, `unhealthy in epoch ${c - unhealthyDay} (missed 11.5%), still paid`],
    [6, { invalid: true, ...past(invalid) }, `INVALID in epoch ${c - invalid}: paid 0`],
  ];
  const lines: DemoStoryLine[] = [];
  for (const [i, script, what] of story) {
    if (!addresses[i]) continue;
    sim.scriptHost(addresses[i], script);
    lines.push({ node: i + 1, what });
  }
  return lines;
}
