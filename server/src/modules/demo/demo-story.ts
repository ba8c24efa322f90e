/**
 * The demo customer's epoch-guard story (issue #13), scripted on the built-in simulator at start-up
 * through its host control (the same as `POST /__sim/hosts/{address}`): one node at risk now, one
 * settled epoch that paid 0 for downtime and one excluded, and one reward claimable now (its node
 * API does not claim it, so it expires at the next settlement). Past epochs are counted back from
 * the simulator's current one and scripted before anything has read them.
 */
import type { RunningSimulator } from '../../simulator/index.js';

export interface DemoStoryLine {
  node: number;
  what: string;
}

export async function scriptDemoStory(sim: RunningSimulator, addresses: readonly string[]): Promise<DemoStoryLine[]> {
  const clock = (await (await fetch(`${sim.url}/__sim/clock`)).json()) as { epoch: number };
  const current = clock.epoch;
  const story: [number, Parameters<RunningSimulator['scriptHost']>[1], string][] = [
    [0, { missRate: 0.35 }, 'misses 35% of requests from now on: AT_RISK this epoch'],
    [1, { missRate: 0.5, fromEpoch: current - 3, toEpoch: current - 3 }, `paid 0 in epoch ${current - 3}: downtime`],
    [
      2,
      { claim: false, fromEpoch: current - 1, toEpoch: current - 1 },
      `reward of epoch ${current - 1} left unclaimed: CLAIMABLE now, EXPIRED at the next settlement`,
    ],
    [3, { excluded: 'downtime', fromEpoch: current - 5, toEpoch: current - 5 }, `excluded from epoch ${current - 5}`],
  ];
  const lines: DemoStoryLine[] = [];
  for (const [i, script, what] of story) {
    if (!addresses[i]) continue;
    sim.scriptHost(addresses[i], script);
    lines.push({ node: i + 1, what });
  }
  return lines;
}
