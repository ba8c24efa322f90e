import { useSyncExternalStore } from 'react';

/**
 * The live socket's state, for pages deciding between live updates and polling:
 * `live` — connected and acknowledged; `connecting` — (re)connecting; `offline` — not connected
 * (never tried, closed, or retrying after a failure).
 */
export type LiveState = 'offline' | 'connecting' | 'live';

type Listener = () => void;

let state: LiveState = 'offline';
const listeners = new Set<Listener>();

export const liveConnection = {
  get state(): LiveState {
    return state;
  },
  set(next: LiveState): void {
    if (next === state) return;
    state = next;
    for (const l of listeners) l();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

export function useLiveConnection(): LiveState {
  return useSyncExternalStore(liveConnection.subscribe, () => liveConnection.state);
}
