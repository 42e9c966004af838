import type { Params } from '../scenarios/params';
import type { Player } from './store';

/**
 * Compare mode: `follower` runs the same scenario on identical traffic (same seed, same
 * interventions) with some parameters overridden, and shows the same moment as `leader`.
 * Only the leader has a driver; the follower copies its playhead, speed and play state, and
 * the leader's playhead waits for whichever variant is computed less far, so both always show
 * the same moment. Returns the function that unlinks them.
 */
export function follow(leader: Player, follower: Player, overrides: () => Params): () => void {
  const sync = () => {
    const s = leader.store.getState();
    follower.store.setState({ t: s.t, playing: s.playing, speed: s.speed });
  };
  sync();
  leader.gate(() => follower.reach());
  const unwait = follower.store.subscribe((s, prev) => {
    if (s.version !== prev.version || s.status !== prev.status) leader.refresh();
  });
  const unfollow = leader.store.subscribe((s, prev) => {
    if (s.t !== prev.t || s.playing !== prev.playing || s.speed !== prev.speed) sync();
    if (s.params !== prev.params) follower.setParams({ ...s.params, ...overrides() });
    if (s.seed !== prev.seed) follower.setSeed(s.seed);
    if (s.commands !== prev.commands) follower.setCommands(s.commands);
  });
  return () => {
    unfollow();
    unwait();
    leader.gate(null);
  };
}

/** "strategy = least-connections, servers = 4": what makes a variant different. */
export function describeOverrides(o: Params): string {
  return Object.entries(o)
    .map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join(',') : String(v)}`)
    .join(', ');
}
