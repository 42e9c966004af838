import { describe, expect, it } from 'vitest';
import { HopPhase, Outcome } from '../../engine';
import type { HopBatch, RunLayout } from '../../player/chunk';
import { RunData } from '../../player/runData';
import { OUTCOME_COLORS } from '../theme/palette';
import { DotPainter, drawDots, endWindowFor, MAX_END_WINDOW_MS, type DotContext } from './drawDots';

interface HopSpec {
  req: number;
  from: number;
  to: number;
  t0: number;
  t1: number;
  phase: number;
  outcome?: number;
}

const SERVER = 1;
const USERS = 2;
const layout: RunLayout = {
  durationMs: 10_000,
  frameMs: 100,
  componentNames: ['__commands', 'server', 'users'],
  nodes: [{ name: 'server', kind: 'server', capacity: 4 }],
  unknownTargets: [],
  gauges: [],
};

function runData(hops: HopSpec[]): RunData {
  const n = hops.length;
  const batch: HopBatch = {
    count: n,
    req: Float64Array.from(hops, (h) => h.req),
    from: Int32Array.from(hops, (h) => h.from),
    to: Int32Array.from(hops, (h) => h.to),
    t0: Float64Array.from(hops, (h) => h.t0),
    t1: Float64Array.from(hops, (h) => h.t1),
    phase: Uint8Array.from(hops, (h) => h.phase),
    outcome: Uint8Array.from(hops, (h) => h.outcome ?? 0),
  };
  const d = new RunData(layout);
  d.append({ upTo: 10_000, frames: [], series: [], hops: batch });
  return d;
}

/** A 2D context that records what was drawn. */
function fakeContext() {
  const log = {
    arc: [] as Array<[number, number]>,
    rect: 0,
    poly: 0,
    fill: [] as string[],
    stroke: [] as string[],
    clear: 0,
    alphas: [] as number[],
  };
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    clearRect: () => void log.clear++,
    beginPath: () => {},
    moveTo: () => {},
    lineTo: () => {},
    closePath: () => void log.poly++,
    arc: (x: number, y: number) => void log.arc.push([x, y]),
    rect: () => void log.rect++,
    fill: () => void log.fill.push(ctx.fillStyle as string),
    stroke: () => {
      log.stroke.push(ctx.strokeStyle as string);
      log.alphas.push(ctx.globalAlpha);
    },
  };
  return { ctx: ctx as unknown as DotContext, log };
}

const positions = { server: { x: 0.75, y: 0.5 }, users: { x: 0.25, y: 0.5 } };
const size = { width: 800, height: 400 };
const opts = { endWindowMs: 300 };

// One of each kind of hop around t = 250, plus two outside their time.
const HOPS: HopSpec[] = [
  { req: 1, from: USERS, to: SERVER, t0: 200, t1: 300, phase: HopPhase.forward },
  { req: 2, from: SERVER, to: SERVER, t0: 150, t1: 400, phase: HopPhase.queue },
  { req: 3, from: SERVER, to: SERVER, t0: 100, t1: 500, phase: HopPhase.service },
  { req: 4, from: SERVER, to: USERS, t0: 240, t1: 260, phase: HopPhase.reply, outcome: Outcome.ok },
  {
    req: 5,
    from: USERS,
    to: USERS,
    t0: 250,
    t1: 250,
    phase: HopPhase.end,
    outcome: Outcome.rejected,
  },
  { req: 6, from: USERS, to: SERVER, t0: 300, t1: 400, phase: HopPhase.forward },
  { req: 7, from: SERVER, to: SERVER, t0: 0, t1: 100, phase: HopPhase.service },
];

describe('drawDots', () => {
  it('draws each visible hop once, batched by colour and shape', () => {
    const { ctx, log } = fakeContext();
    expect(drawDots(ctx, runData(HOPS), 250, positions, size, opts)).toBe(5);
    expect(log.clear).toBe(1);
    // Forward, queue and service share one filled batch; the answered reply is a ring.
    expect(log.arc).toHaveLength(4);
    expect(log.fill).toEqual([OUTCOME_COLORS[Outcome.pending]]);
    // The rejection's end marker is an outlined square.
    expect(log.rect).toBe(1);
    expect(log.stroke).toEqual([OUTCOME_COLORS[Outcome.ok], OUTCOME_COLORS[Outcome.rejected]]);
  });

  it('puts a travelling dot part of the way along its path', () => {
    const { ctx, log } = fakeContext();
    drawDots(ctx, runData([HOPS[0]!]), 250, positions, size, opts);
    const [[x, y]] = log.arc as [[number, number]];
    expect(x).toBeCloseTo(400, 6); // halfway from users (200) to server (600)
    expect(Math.abs(y - 200)).toBeLessThanOrEqual(12); // within the lane spread
  });

  it('skips hops outside [t0, t1] and end markers older than the window', () => {
    const d = runData(HOPS);
    const { ctx, log } = fakeContext();
    expect(drawDots(ctx, d, 50, positions, size, opts)).toBe(1); // only service 7
    expect(drawDots(ctx, d, 560, positions, size, opts)).toBe(0); // marker at 250 has faded
    expect(drawDots(ctx, d, 9000, positions, size, opts)).toBe(0);
    expect(log.clear).toBe(3); // still cleared each time
  });

  it('skips parts with no position', () => {
    const { ctx } = fakeContext();
    // Without users: forward, reply and the end marker have nowhere to be.
    expect(drawDots(ctx, runData(HOPS), 250, { server: positions.server }, size, opts)).toBe(2);
    expect(drawDots(ctx, runData(HOPS), 250, {}, size, opts)).toBe(0);
  });

  it('fades end markers in steps and gives each outcome its own shape', () => {
    const ends = [Outcome.ok, Outcome.rejected, Outcome.timedOut, Outcome.failed].map(
      (outcome, k) => ({
        req: 10 + k,
        from: USERS,
        to: USERS,
        t0: 1000 - k * 80,
        t1: 1000 - k * 80,
        phase: HopPhase.end,
        outcome,
      }),
    );
    const { ctx, log } = fakeContext();
    expect(drawDots(ctx, runData(ends), 1000, positions, size, { endWindowMs: 320 })).toBe(4);
    expect(log.arc).toHaveLength(1); // ok: circle
    expect(log.rect).toBe(1); // rejected: square
    expect(log.poly).toBe(2); // timed out: diamond, failed: triangle
    expect(log.alphas).toEqual([1, 0.75, 0.5, 0.25]);
    expect(ctx.globalAlpha).toBe(1);
  });

  // Speed is measured by `npm run bench:web` in a real browser, not asserted here (timed tests flake).
  it('draws 2,000 dots with one fill per colour', () => {
    const hops: HopSpec[] = [];
    for (let i = 0; i < 2000; i++) {
      const phase = [HopPhase.forward, HopPhase.queue, HopPhase.service, HopPhase.reply][i % 4]!;
      hops.push({
        req: i,
        from: phase === HopPhase.reply ? SERVER : USERS,
        to: phase === HopPhase.reply ? USERS : SERVER,
        t0: 0,
        t1: 900,
        phase,
        outcome: phase === HopPhase.reply ? 1 + ((i >> 2) % 4) : 0,
      });
    }
    const d = runData(hops);
    const painter = new DotPainter();
    const { ctx, log } = fakeContext();
    expect(painter.draw(ctx, d, 450, positions, size, opts)).toBe(2000);
    // pending + ok ring + rejected + timed out + failed: five batches for 2,000 dots.
    expect(log.fill.length + log.stroke.length).toBe(5);
  });
});

describe('endWindowFor', () => {
  it('keeps end markers about 0.3 s of wall time, capped', () => {
    expect(endWindowFor(1)).toBe(300);
    expect(endWindowFor(0.1)).toBeCloseTo(30, 9);
    expect(endWindowFor(1000)).toBe(MAX_END_WINDOW_MS);
    expect(endWindowFor(NaN)).toBe(300);
  });
});
