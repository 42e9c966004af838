import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeField } from '../engine';
import { defaults, type Params } from '../scenarios/params';
import { getScenario } from '../scenarios/registry';
import { INTERACTIVE, RunSession, runToEnd, type RunInput } from '../scenarios/run';
import { ChunkReader, layoutOf } from './chunk';
import { follow } from './compare';
import { AutoRunner, type Runner } from './runner';
import type { RunCallbacks } from './sessions';
import { createPlayer, MAX_SPEED, MIN_SPEED, type Player } from './store';

const single = getScenario('single-server')!;
const params = (over: Params = {}): Params => ({ ...defaults(single.params), ...over });

function player(over: Params = {}, durationS = 10, runner: Runner = new AutoRunner()) {
  return createPlayer({ scenario: single, params: params(over), seed: 3, durationS }, runner);
}

const state = (p: Player) => p.store.getState();
const data = (p: Player) => state(p).data!;
const frameT = (p: Player) => data(p).frameAt(state(p).t)!.t;

/** A runner the test drives by hand, to see what the player shows while a run is computing. */
class ManualRunner implements Runner {
  session: RunSession | null = null;
  reader: ChunkReader | null = null;
  cb: RunCallbacks | null = null;
  starts = 0;
  cancelled = 0;
  start(input: RunInput, cb: RunCallbacks): () => void {
    this.starts++;
    this.session = new RunSession(input, INTERACTIVE);
    this.reader = new ChunkReader(this.session);
    this.cb = cb;
    cb.onLayout(layoutOf(this.session));
    return () => this.cancelled++;
  }
  /** Computes up to `t` and delivers what is new. */
  deliver(t: number): void {
    this.session!.advance(t);
    this.cb!.onChunk(this.reader!.read());
  }
  dispose(): void {}
}

/** Two players on hand-driven runners for compare mode: A with the defaults, B with `overB`. */
function variants(overB: Params = { workers: 2 }) {
  const ra = new ManualRunner();
  const rb = new ManualRunner();
  const init = { scenario: single, params: params(), seed: 3, durationS: 10 };
  const a = createPlayer(init, ra);
  const b = createPlayer({ ...init, params: params(overB) }, rb, false);
  return { ra, rb, a, b, link: () => (b.start(), follow(a, b, () => overB)) };
}

describe('createPlayer with the real AutoRunner (main thread in Node)', () => {
  it('computes the initial run at once', () => {
    expect(typeof Worker).toBe('undefined');
    const p = player();
    const s = state(p);
    expect(s.status).toBe('ready');
    expect(s.error).toBeNull();
    expect(s.t).toBe(0);
    expect(s.playing).toBe(false);
    expect(s.version).toBeGreaterThan(0);
    const d = s.data!;
    expect(d.done).toBe(true);
    expect(d.computedUntil).toBe(10_000);
    expect(d.frames).toHaveLength(101);
    expect(d.series).toHaveLength(10);
    expect(d.hopCount).toBeGreaterThan(0);
    expect(d.layout.nodes.map((n) => n.name)).toEqual(['server']);
    // The player's run is the CLI's run: views do not change the numbers.
    expect(d.result).toEqual(runToEnd(p.inputOf()));
  });

  it('play + tick(wallMs) advances t by wallMs * speed; tick while paused does nothing', () => {
    const p = player();
    p.tick(500);
    expect(state(p).t).toBe(0);
    p.play();
    p.tick(100);
    expect(state(p).t).toBe(100);
    p.setSpeed(2.5);
    p.tick(40);
    expect(state(p).t).toBe(200);
    p.pause();
    p.tick(1000);
    expect(state(p).t).toBe(200);
    p.toggle();
    expect(state(p).playing).toBe(true);
    p.tick(16);
    expect(state(p).t).toBe(240);
  });

  it('clamps at the end and stops; play at the end starts over', () => {
    const p = player();
    p.play();
    p.setSpeed(1000);
    p.tick(9.9);
    expect(state(p).t).toBeCloseTo(9900, 6);
    expect(state(p).playing).toBe(true);
    p.tick(50);
    expect(state(p).t).toBe(10_000);
    expect(state(p).playing).toBe(false);
    p.tick(50);
    expect(state(p).t).toBe(10_000);
    p.play();
    expect(state(p).t).toBe(0);
    expect(state(p).playing).toBe(true);
    p.restart();
    expect([state(p).t, state(p).playing]).toEqual([0, true]);
  });

  it('step pauses; stepping back then forward returns to the same frame', () => {
    const p = player();
    p.play();
    p.setSpeed(1.7);
    for (let i = 0; i < 37; i++) p.tick(16.6);
    const t0 = state(p).t;
    expect(t0).not.toBe(Math.round(t0)); // a fractional playhead, as in real playback
    const f0 = frameT(p);
    p.step(-100);
    expect(state(p).playing).toBe(false);
    expect(frameT(p)).toBe(f0 - 100);
    p.step(100);
    expect(frameT(p)).toBe(f0);
    expect(data(p).frameAt(state(p).t)).toBe(data(p).frameAt(t0));
  });

  it('property: back then forward by the same amount shows the same frame', () => {
    const p = player();
    const end = data(p).layout.durationMs;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: end, noNaN: true }),
        fc.oneof(fc.constantFrom(100, 1000, 33.3), fc.double({ min: 0, max: 5000, noNaN: true })),
        (t, ms) => {
          fc.pre(t - ms >= 0);
          p.seek(t);
          const before = frameT(p);
          p.step(-ms);
          p.step(ms);
          expect(frameT(p)).toBe(before);
          expect(Math.abs(state(p).t - t)).toBeLessThan(1e-6);
        },
      ),
    );
  });

  it('frameAt gives the last frame at or before the playhead', () => {
    const p = player();
    for (const [t, want] of [
      [0, 0],
      [99.999, 0],
      [100, 100],
      [5050, 5000],
      [10_000, 10_000],
    ] as const) {
      p.seek(t);
      expect(frameT(p)).toBe(want);
    }
  });

  it('seek clamps to what is computed and ignores NaN', () => {
    const p = player();
    p.seek(4321);
    expect(state(p).t).toBe(4321);
    p.seek(-50);
    expect(state(p).t).toBe(0);
    p.seek(1e9);
    expect(state(p).t).toBe(10_000);
    p.seek(NaN);
    expect(state(p).t).toBe(0);
    p.seek(Infinity);
    expect(state(p).t).toBe(0);
  });

  it('setSpeed clamps to 0.1..1000', () => {
    const p = player();
    const cases: Array<[number, number]> = [
      [3, 3],
      [0, MIN_SPEED],
      [0.05, MIN_SPEED],
      [-5, MIN_SPEED],
      [5000, MAX_SPEED],
      [1000, 1000],
      [0.1, 0.1],
      [NaN, 1],
    ];
    for (const [x, want] of cases) {
      p.setSpeed(x);
      expect(state(p).speed).toBe(want);
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        p.setSpeed(x);
        const s = state(p).speed;
        expect(s).toBeGreaterThanOrEqual(MIN_SPEED);
        expect(s).toBeLessThanOrEqual(MAX_SPEED);
        if (x >= MIN_SPEED && x <= MAX_SPEED) expect(s).toBe(x);
      }),
    );
    expect(
      createPlayer({ scenario: single, params: params(), seed: 1, speed: 1e6 }).store.getState()
        .speed,
    ).toBe(MAX_SPEED);
  });

  it('setParam recomputes with the new value', () => {
    const p = player();
    const before = data(p).result!;
    const v = state(p).version;
    p.setParam('users', 1000);
    expect(state(p).params.users).toBe(1000);
    expect(state(p).status).toBe('ready');
    expect(state(p).version).toBeGreaterThan(v);
    const after = data(p).result!;
    expect(after.params.users).toBe(1000);
    expect(after.requests.arrived).toBeGreaterThan(before.requests.arrived * 3);
    expect(after).toEqual(runToEnd(p.inputOf()));
    // Notices follow the parameters.
    expect(state(p).notices).toEqual([]);
    p.setParams({ rps: 20 });
    expect(state(p).notices).toHaveLength(1);
  });

  it('setSeed recomputes with a normalized seed', () => {
    const p = player();
    const before = data(p).result!;
    p.setSeed(-1);
    expect(state(p).seed).toBe(4294967295);
    expect(data(p).result!.seed).toBe(4294967295);
    expect(data(p).result).not.toEqual(before);
    p.setSeed(3);
    expect(data(p).result).toEqual(before);
  });

  it('intervene at t keeps every frame before t identical and changes what follows', () => {
    const p = player({}, 20);
    const old = data(p);
    p.seek(8000);
    p.intervene('server', 'kill');
    expect(state(p).commands).toEqual([{ at: 8000, node: 'server', action: 'kill' }]);
    expect(state(p).t).toBe(8000);
    expect(state(p).status).toBe('ready');
    const now = data(p);
    expect(now).not.toBe(old);
    const before = (frames: typeof now.frames) => frames.filter((f) => f.t < 8000);
    expect(before(now.frames)).toHaveLength(80);
    expect(before(now.frames)).toEqual(before(old.frames));
    expect(now.series.slice(0, 8)).toEqual(old.series.slice(0, 8));
    const alive = nodeField('alive');
    expect(now.frameAt(8000)!.nodes[alive]).toBe(0);
    expect(old.frameAt(8000)!.nodes[alive]).toBe(1);
    expect(now.frames.at(-1)!.failed).toBeGreaterThan(0);
    expect(old.frames.at(-1)!.failed).toBe(0);
    expect(now.result!.interventions).toEqual(['kill:server@8']);
    // Interventions are kept in time order; clearing them restores the original run.
    p.seek(3000);
    p.intervene('server', 'slow', 3);
    expect(state(p).commands.map((c) => c.at)).toEqual([3000, 8000]);
    p.clearInterventions();
    expect(state(p).commands).toEqual([]);
    expect(data(p).result).toEqual(old.result);
  });

  it("status 'error' with a message when the scenario's build throws; recovers on a fix", () => {
    const p = player({ workers: 0 });
    expect(state(p).status).toBe('error');
    expect(state(p).error).toMatch(/workers must be >= 1/);
    expect(state(p).data).toBeNull();
    p.play();
    expect(state(p).playing).toBe(false);
    p.tick(100);
    expect(state(p).t).toBe(0);
    p.setParam('workers', 2);
    expect(state(p).status).toBe('ready');
    expect(state(p).error).toBeNull();
    expect(data(p).done).toBe(true);
  });

  it('an error while playing stops playback', () => {
    const p = player();
    p.play();
    p.tick(100);
    p.setParam('workers', 0);
    expect(state(p).status).toBe('error');
    expect(state(p).playing).toBe(false);
  });

  it('dispose can be called safely', () => {
    const p = player();
    expect(() => p.dispose()).not.toThrow();
  });
});

describe('createPlayer while a run is still computing', () => {
  it('playback waits at what is computed (buffering) and finishes when the run does', () => {
    const r = new ManualRunner();
    const p = createPlayer({ scenario: single, params: params(), seed: 3, durationS: 10 }, r);
    expect(state(p).status).toBe('computing');
    r.deliver(2000);
    expect(state(p).status).toBe('computing');
    expect(data(p).computedUntil).toBe(2000);
    p.play();
    p.setSpeed(10);
    p.tick(500);
    expect(state(p).t).toBe(2000);
    expect(state(p).playing).toBe(true); // still playing, waiting for data
    p.seek(9000);
    expect(state(p).t).toBe(2000);
    r.deliver(10_000);
    expect(state(p).status).toBe('ready');
    p.tick(1000);
    expect(state(p).t).toBe(10_000);
    expect(state(p).playing).toBe(false);
  });

  it('`shown` moves only when data reaches the playhead or the run ends; `version` on every chunk', () => {
    const r = new ManualRunner();
    const p = createPlayer({ scenario: single, params: params(), seed: 3, durationS: 10 }, r);
    r.deliver(2000);
    const { shown, version } = state(p);
    r.deliver(5000); // beyond the playhead at 0: charts have nothing new to draw
    expect(state(p).version).toBe(version + 1);
    expect(state(p).shown).toBe(shown);
    p.seek(5000);
    r.deliver(7000); // reaches past the playhead at 5 s
    expect(state(p).shown).toBe(shown + 1);
    p.seek(0);
    r.deliver(10_000); // the end: results arrive
    expect(state(p).shown).toBe(shown + 2);
  });

  it('a seek past what is computed follows the run until it gets there', () => {
    const r = new ManualRunner();
    const p = createPlayer({ scenario: single, params: params(), seed: 3, durationS: 10 }, r);
    p.seek(7000); // before any data: remembered
    r.deliver(2000);
    expect(state(p).t).toBe(2000);
    r.deliver(5000);
    expect(state(p).t).toBe(5000);
    r.deliver(8000);
    expect(state(p).t).toBe(7000);
    r.deliver(9000);
    expect(state(p).t).toBe(7000); // reached: later chunks leave the playhead alone
    // Another move of the playhead replaces the target; past the end it stops at the end.
    p.seek(20_000);
    expect(state(p).t).toBe(9000);
    p.restart();
    r.deliver(10_000);
    expect(state(p).t).toBe(0);
    p.seek(20_000);
    expect(state(p).t).toBe(10_000);
  });

  it('after an intervention the old run stays on screen until the new one reaches the playhead', () => {
    const r = new ManualRunner();
    const p = createPlayer({ scenario: single, params: params(), seed: 3, durationS: 10 }, r);
    r.deliver(10_000);
    const old = data(p);
    p.seek(6000);
    p.intervene('server', 'kill');
    expect(r.cancelled).toBe(1);
    expect(state(p).status).toBe('computing');
    expect(data(p)).toBe(old);
    r.deliver(4000);
    expect(data(p)).toBe(old); // not yet at 6 s
    r.deliver(6000);
    expect(data(p)).not.toBe(old);
    expect(state(p).t).toBe(6000);
    expect(data(p).frames.filter((f) => f.t < 6000)).toEqual(old.frames.filter((f) => f.t < 6000));
    r.deliver(10_000);
    expect(state(p).status).toBe('ready');
    expect(data(p).result!.requests.failed).toBeGreaterThan(0);
  });

  it('during a recompute the old run is shown only up to the change: seeks and playback wait there', () => {
    const r = new ManualRunner();
    const p = createPlayer({ scenario: single, params: params(), seed: 3, durationS: 10 }, r);
    r.deliver(10_000);
    p.seek(4000);
    p.intervene('server', 'kill');
    const old = data(p);
    p.seek(8000); // the old run's 8 s is a future that no longer happens
    expect(state(p).t).toBe(4000);
    p.play();
    p.setSpeed(10);
    p.tick(500);
    expect(state(p).t).toBe(4000);
    expect(state(p).playing).toBe(true);
    r.deliver(6000);
    expect(data(p)).not.toBe(old);
    expect(state(p).t).toBe(6000); // the seek follows the new run
    r.deliver(10_000);
    expect(state(p).t).toBe(8000);
    expect(frameT(p)).toBe(8000);
    expect(data(p).frameAt(8000)!.nodes).not.toEqual(old.frameAt(8000)!.nodes);
  });

  it('a parameter change keeps the old run on screen until the new one reaches the playhead', () => {
    const r = new ManualRunner();
    const p = createPlayer({ scenario: single, params: params(), seed: 3, durationS: 10 }, r);
    r.deliver(10_000);
    const old = data(p);
    p.seek(7000);
    p.setParam('users', 300);
    expect(state(p).status).toBe('computing');
    r.deliver(3000);
    // Not there yet: the playhead (7 s) still shows the old run, never an empty picture.
    expect(data(p)).toBe(old);
    expect(state(p).t).toBe(7000);
    r.deliver(8000);
    expect(data(p)).not.toBe(old);
    expect(data(p).computedUntil).toBe(8000);
    expect(state(p).t).toBe(7000);
  });

  it('compare mode: the leader waits for the variant computed less far, then both finish', () => {
    const { ra, rb, a, b, link } = variants();
    const unlink = link();
    ra.deliver(10_000);
    rb.deliver(3000);
    a.seek(8000);
    expect(state(a).t).toBe(3000); // B has only 3 s
    expect(state(b).t).toBe(3000);
    rb.deliver(9000);
    expect(state(a).t).toBe(8000); // the seek follows the slower variant
    expect(state(b).t).toBe(8000);
    a.play();
    a.setSpeed(10);
    a.tick(1000);
    expect(state(a).t).toBe(9000);
    expect(state(a).playing).toBe(true); // buffering, not finished
    rb.deliver(10_000);
    a.tick(1000);
    expect(state(a).t).toBe(10_000);
    expect(state(a).playing).toBe(false);
    unlink();
    expect(a.reach()).toBe(10_000);
  });

  it('compare mode started mid-run holds the playhead where it is, never pulls it back', () => {
    const { ra, rb, a, b, link } = variants();
    ra.deliver(10_000);
    a.seek(6000);
    link(); // B starts computing only now
    a.play();
    a.tick(100); // B has nothing yet: A waits at 6 s
    expect(state(a).t).toBe(6000);
    rb.deliver(4000);
    a.tick(100);
    expect(state(a).t).toBe(6000);
    a.pause();
    a.seek(8000); // a seek on waits for B without jumping back to it
    expect(state(a).t).toBe(6000);
    a.seek(2000); // a seek back goes where asked
    expect(state(a).t).toBe(2000);
    a.seek(8000);
    expect(state(a).t).toBe(4000);
    rb.deliver(10_000);
    expect(state(a).t).toBe(8000);
    expect(state(b).t).toBe(8000);
  });

  it('a variant that fails to compute does not hold the other back', () => {
    const { ra, rb, a, link } = variants({});
    link();
    ra.deliver(10_000);
    expect(a.reach()).toBe(0);
    rb.cb!.onError('broken');
    a.seek(5000);
    expect(state(a).t).toBe(5000);
  });
});

describe('discrete playback for reduced motion', () => {
  it('moves the playhead in whole steps while keeping real time underneath', async () => {
    const { createPlayer: make } = await import('./store');
    const { getScenario } = await import('../scenarios/registry');
    const { defaults } = await import('../scenarios/params');
    const sc = getScenario('single-server')!;
    const p = make({ scenario: sc, params: defaults(sc.params), seed: 1, durationS: 10 });
    p.setStepMs(1000);
    p.play();
    const seen: number[] = [];
    for (let i = 0; i < 25; i++) {
      p.tick(100);
      seen.push(p.store.getState().t);
    }
    // 2.5 s of wall time at 1x: the playhead showed 0, 1000 and 2000 only, in order.
    expect([...new Set(seen)]).toEqual([0, 1000, 2000]);
    expect(seen.filter((t) => t === 1000)).toHaveLength(10);
    p.setStepMs(0);
    p.tick(50);
    expect(p.store.getState().t).toBeCloseTo(2550, 6);
  });
});
