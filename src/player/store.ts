import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Ms, NodeAction, TimedCommand } from '../engine';
import type { ParamValue, Params } from '../scenarios/params';
import type { RunInput } from '../scenarios/session';
import type { Scenario } from '../scenarios/scenario';
import { RunData } from './runData';
import { AutoRunner, type Runner } from './runner';

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;
export const clampSpeed = (x: number): number =>
  Number.isFinite(x) ? Math.min(MAX_SPEED, Math.max(MIN_SPEED, x)) : 1;

export interface PlayerState {
  scenario: Scenario;
  params: Params;
  seed: number;
  durationS: number;
  commands: TimedCommand[];
  /** Remarks on odd parameter combinations, from the scenario. */
  notices: string[];
  /** The run being shown. During a recompute it stays the old run until the new one has caught
   * up with the playhead (after an intervention the past is identical, so nothing jumps). */
  data: RunData | null;
  status: 'computing' | 'ready' | 'error';
  error: string | null;
  /** The playhead, in simulated ms. */
  t: Ms;
  playing: boolean;
  /** Simulated ms per wall-clock ms. */
  speed: number;
  /** Bumps whenever `data` grows (the dots layer and the timeline watch it). */
  version: number;
  /** Bumps only when what the playhead can see may have changed: a new run on screen, data
   * reaching the playhead, the run's end. React views re-render on this; `version` also
   * counts data computed beyond the playhead (the dots layer and the timeline use it). */
  shown: number;
  /** When above 0, playback moves the playhead in whole steps of this many simulated ms
   * (for readers who prefer reduced motion: discrete updates instead of gliding dots). */
  stepMs: number;
}

export interface PlayerInit {
  scenario: Scenario;
  params: Params;
  seed: number;
  durationS?: number;
  commands?: TimedCommand[];
  speed?: number;
  playing?: boolean;
}

export interface Player {
  store: StoreApi<PlayerState>;
  play(): void;
  pause(): void;
  toggle(): void;
  /** Moves the playhead (clamped to what is computed). */
  seek(t: Ms): void;
  /** Steps by `ms` (negative to go back), pausing playback. */
  step(ms: Ms): void;
  restart(): void;
  setSpeed(x: number): void;
  setParam(name: string, value: ParamValue): void;
  setParams(values: Params): void;
  setSeed(seed: number): void;
  /** Applies an intervention at the playhead; the run is recomputed with it. */
  intervene(node: string, action: NodeAction, factor?: number): void;
  clearInterventions(): void;
  /** Replaces all interventions (compare mode mirrors the leader's onto the follower). */
  setCommands(cmds: readonly TimedCommand[]): void;
  /** Advances the playhead by a wall-clock interval (called by the driver). */
  tick(wallMs: number): void;
  /** Discrete playback steps in simulated ms (0 for continuous). */
  setStepMs(ms: number): void;
  inputOf(): RunInput;
  /** How far the playhead may go now (the whole run once it is computed; no limit after an error). */
  reach(): Ms;
  /** Holds the playhead to another limit too (compare mode: what the other variant has computed),
   * or releases it with null. Call `refresh` when that limit grows. */
  gate(limit: (() => Ms) | null): void;
  refresh(): void;
  /** Starts (or, after dispose, restarts) computing the run. */
  start(): void;
  /** Stops computing and frees the worker; `start` brings it back. */
  dispose(): void;
}

/**
 * A player for one simulation. With `autoStart` false nothing is computed until `start()`, so
 * React can create it during render (no side effects) and start it in an effect.
 */
export function createPlayer(
  init: PlayerInit,
  runner: Runner = new AutoRunner(),
  autoStart = true,
): Player {
  const store = createStore<PlayerState>(() => ({
    scenario: init.scenario,
    params: init.params,
    seed: init.seed,
    durationS: init.durationS ?? init.scenario.durationS,
    commands: init.commands ?? [],
    notices: [],
    data: null,
    status: 'computing',
    error: null,
    t: 0,
    playing: init.playing ?? false,
    speed: clampSpeed(init.speed ?? 1),
    version: 0,
    shown: 0,
    stepMs: 0,
  }));
  const get = store.getState;
  const set = store.setState;
  let cancel: () => void = () => {};
  // The exact playhead while playing in discrete steps (the store shows it rounded down), and
  // the value tick last wrote: anything else in the store means someone moved the playhead.
  let exact = 0;
  let written = NaN;
  // A seek past what the run has computed so far (the worker streams it): the playhead goes as
  // far as it can now and follows the computation until it reaches the target. Any other
  // move of the playhead cancels it.
  let pendingSeek: Ms | null = null;
  // While a new run computes, the old one stays on screen, but only its past up to here is
  // still true (after an intervention at 12 s, the old 20 s is a future that will not happen).
  let oldUntil = Infinity;
  let gate: (() => Ms) | null = null;
  const outside = () => (gate ? gate() : Infinity);
  /** How far this run's own data lets the playhead go now. */
  const own = (d: RunData) => Math.min(d.computedUntil, oldUntil);
  /** How far the playhead may go now: its own data, and the gate (compare mode). */
  const frontier = (d: RunData) => Math.min(own(d), outside());
  /** Nothing more will come: the run is complete and nothing outside holds it back. */
  const finished = (d: RunData) =>
    d.done && oldUntil === Infinity && outside() >= d.layout.durationMs;
  const followSeek = () => {
    const d = get().data;
    if (pendingSeek === null || !d) return;
    const target = Math.min(pendingSeek, d.layout.durationMs);
    const reach = frontier(d);
    if (reach >= target || finished(d)) pendingSeek = null;
    const cur = get().t;
    // The gate only stops the playhead moving on; it never pulls it back. A seek back goes
    // where asked as far as this run's own data allows (the other variant shows it computing).
    set({
      t:
        target <= cur
          ? Math.min(target, own(d))
          : Math.max(Math.min(target, reach), Math.min(cur, own(d))),
    });
  };

  const inputOf = (): RunInput => {
    const s = get();
    return {
      scenario: s.scenario.id,
      params: s.params,
      seed: s.seed,
      durationS: s.durationS,
      commands: s.commands,
    };
  };

  /** Starts a new run. With `keepUntil`, the old data stays on screen until the new run reaches it. */
  function recompute(keepUntil?: Ms): void {
    cancel();
    const s = get();
    set({ status: 'computing', error: null, notices: s.scenario.notices?.(s.params) ?? [] });
    let next: RunData | null = null;
    oldUntil = keepUntil ?? Infinity;
    const show = () => {
      oldUntil = Infinity;
      set((st) => ({
        data: next,
        version: st.version + 1,
        shown: st.shown + 1,
        t: Math.min(st.t, next!.layout.durationMs),
      }));
    };
    cancel = runner.start(
      inputOf(),
      {
        onLayout(layout) {
          next = new RunData(layout);
          if (keepUntil === undefined || !get().data) show();
        },
        onChunk(chunk) {
          if (!next) return;
          const before = next.computedUntil;
          next.append(chunk);
          if (get().data !== next && next.computedUntil >= (keepUntil ?? 0)) show();
          else
            set((st) => ({
              version: st.version + 1,
              shown: st.data === next && (before <= st.t || chunk.result) ? st.shown + 1 : st.shown,
            }));
          if (chunk.result) set({ status: 'ready' });
          if (get().data === next) followSeek();
        },
        onError(message) {
          oldUntil = Infinity;
          set({ status: 'error', error: message, playing: false });
        },
      },
      s.scenario,
    );
  }

  const player: Player = {
    store,
    play() {
      const s = get();
      if (s.status === 'error') return;
      if (s.data?.done && s.t >= s.data.layout.durationMs) set({ t: 0 });
      set({ playing: true });
    },
    pause: () => set({ playing: false }),
    toggle: () => (get().playing ? player.pause() : player.play()),
    seek(t) {
      pendingSeek = Math.max(0, Number.isFinite(t) ? t : 0);
      if (get().data) followSeek();
    },
    step(ms) {
      set({ playing: false });
      player.seek(get().t + ms);
    },
    restart() {
      pendingSeek = null;
      set({ t: 0, playing: true });
    },
    setSpeed: (x) => set({ speed: clampSpeed(x) }),
    setParam(name, value) {
      player.setParams({ [name]: value });
    },
    // New parameters or seed: the playhead stays where it is, and the old run stays on screen
    // until the new one reaches it, so a slider drag never flashes an empty picture.
    setParams(values) {
      set((s) => ({ params: { ...s.params, ...values } }));
      recompute(get().t);
    },
    setSeed(seed) {
      set({ seed: Math.trunc(seed) >>> 0 });
      recompute(get().t);
    },
    intervene(node, action, factor) {
      const at = get().t;
      const cmd: TimedCommand = { at, node, action };
      if (factor !== undefined) cmd.factor = factor;
      set((s) => ({ commands: [...s.commands, cmd].sort((a, b) => a.at - b.at) }));
      recompute(at);
    },
    clearInterventions() {
      player.setCommands([]);
    },
    setCommands(cmds) {
      const first = cmds.reduce((m, c) => Math.min(m, c.at), Infinity);
      const before = get().commands.reduce((m, c) => Math.min(m, c.at), Infinity);
      set({ commands: [...cmds].sort((a, b) => a.at - b.at) });
      // Everything before the earliest change is unchanged, so keep showing it meanwhile.
      recompute(Math.min(get().t, first, before));
    },
    tick(wallMs) {
      const s = get();
      if (!s.playing || !s.data) return;
      const d = s.data;
      const end = d.layout.durationMs;
      // Someone moved the playhead (seek, step, restart): continue from there.
      if (s.t !== written) exact = s.t;
      exact += wallMs * s.speed;
      let t = s.stepMs > 0 ? Math.floor(exact / s.stepMs) * s.stepMs : exact;
      if (exact >= end && finished(d)) {
        written = end;
        set({ t: end, playing: false });
        return;
      }
      // Buffering: wait for the worker (or, in compare mode, the other variant) without
      // moving back.
      const limit = frontier(d);
      if (exact > limit) exact = Math.max(limit, Math.min(s.t, own(d)));
      if (t > exact) t = exact;
      written = t;
      if (t !== s.t) set({ t });
    },
    setStepMs(ms) {
      set({ stepMs: Math.max(0, ms) });
    },
    inputOf,
    reach() {
      const s = get();
      if (s.status === 'error') return Infinity;
      return s.data ? frontier(s.data) : 0;
    },
    gate(limit) {
      gate = limit;
      player.refresh();
    },
    refresh() {
      if (get().data) followSeek();
    },
    start() {
      recompute(get().t);
    },
    dispose() {
      cancel();
      cancel = () => {};
      runner.dispose();
    },
  };
  if (autoStart) recompute();
  return player;
}
