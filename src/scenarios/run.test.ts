import { describe, expect, it } from 'vitest';
import {
  NODE_STRIDE,
  nodeField,
  parseTimedCommand,
  type Frame,
  type TimedCommand,
} from '../engine';
import { defaults, type Params } from './params';
import { getScenario } from './registry';
import {
  HEADLESS,
  INTERACTIVE,
  MAX_DURATION_S,
  RunSession,
  runToEnd,
  type RunInput,
  type RunResult,
} from './run';

const single = getScenario('single-server')!;

function input(
  over: Params = {},
  rest: Partial<Omit<RunInput, 'params' | 'scenario'>> = {},
): RunInput {
  return {
    scenario: 'single-server',
    params: { ...defaults(single.params), ...over },
    seed: 7,
    durationS: 30,
    commands: [],
    ...rest,
  };
}

const cmd = (text: string): TimedCommand => parseTimedCommand(text)!;
const errors = (r: RunResult) => r.requests.rejected + r.requests.timedOut + r.requests.failed;
const errorShare = (r: RunResult) => errors(r) / Math.max(1, errors(r) + r.requests.completed);
const serverAlive = (f: Frame) => f.nodes[0 * NODE_STRIDE + nodeField('alive')];

describe('RunSession: rewinding is re-running', () => {
  it('a fresh session advanced to t has the same frames and results as one that was there', () => {
    const inp = input({ users: 300 });
    const a = new RunSession(inp, INTERACTIVE);
    a.advance(12_000);
    const at12 = { frames: [...a.frames], result: a.result() };
    a.advance(30_000);
    expect(a.done).toBe(true);
    // Later, "rewind" to 12 s by building the same input again.
    const b = new RunSession(inp, INTERACTIVE);
    b.advance(12_000);
    expect(b.now).toBe(12_000);
    expect(b.frames).toEqual(at12.frames);
    expect(b.result()).toEqual(at12.result);
    // The finished run's frames up to 12 s are those same frames.
    expect(a.frames.slice(0, b.frames.length)).toEqual(b.frames);
    expect(b.frames).toHaveLength(121);
    // ...and it was not a trivially empty state.
    expect(at12.result.requests.completed).toBeGreaterThan(200);
  });

  it('advancing in many uneven steps (reading results between them) equals one big step', () => {
    const inp = input({ users: 400, profile: 'spike' });
    const stepped = new RunSession(inp, INTERACTIVE);
    let t = 0;
    for (let i = 1; !stepped.done; i++) {
      t += 37 * i + (i % 3) * 0.5;
      stepped.advance(t);
      stepped.result(); // results mid-run must not disturb the run
    }
    const once = new RunSession(inp, INTERACTIVE);
    once.advance(once.durationMs);
    expect(stepped.now).toBe(30_000);
    expect(stepped.frames).toEqual(once.frames);
    expect(stepped.result()).toEqual(once.result());
  });

  it('advance never goes past the end of the run', () => {
    const s = new RunSession(input({}, { durationS: 2 }), HEADLESS);
    s.advance(1e9);
    expect(s.now).toBe(2000);
    expect(s.done).toBe(true);
    expect(s.result().simulatedSeconds).toBe(2);
  });

  it('durations are clamped to (0, MAX_DURATION_S]', () => {
    expect(new RunSession(input({}, { durationS: 1e9 })).durationMs).toBe(MAX_DURATION_S * 1000);
    expect(new RunSession(input({}, { durationS: 0 })).durationMs).toBe(1);
  });

  it('an unknown scenario is an error', () => {
    expect(() => new RunSession({ ...input(), scenario: 'nope' })).toThrow(
      /unknown scenario "nope"/,
    );
  });
});

describe('RunSession: interventions', () => {
  it('kill:server@20 leaves every frame before 20 s as it was, then failures appear', () => {
    const plain = new RunSession(input({}, { durationS: 40 }), INTERACTIVE);
    const killed = new RunSession(
      input({}, { durationS: 40, commands: [cmd('kill:server@20')] }),
      INTERACTIVE,
    );
    plain.advance(40_000);
    killed.advance(40_000);
    const before = (s: RunSession) => s.frames.filter((f) => f.t < 20_000);
    expect(before(killed)).toHaveLength(200);
    expect(before(killed)).toEqual(before(plain));
    // From 20 s on, the server is down and requests fail.
    const f = (s: RunSession, t: number) => s.frames[t / 100]!;
    expect(serverAlive(f(killed, 19_900))).toBe(1);
    expect(serverAlive(f(killed, 20_000))).toBe(0);
    expect(serverAlive(f(plain, 20_000))).toBe(1);
    expect(f(killed, 19_900).failed).toBe(0);
    expect(f(killed, 25_000).failed).toBeGreaterThan(50);
    expect(f(plain, 40_000).failed).toBe(0);
    const rk = killed.result();
    const rp = plain.result();
    expect(rk.requests.failed).toBeGreaterThan(100);
    expect(rk.requests.completed).toBeLessThan(rp.requests.completed);
    expect(rk.interventions).toEqual(['kill:server@20']);
    expect(rp.interventions).toBeUndefined();
    // The per-second series agrees: no errors before 20 s, nothing served after.
    const series = rk.series;
    expect(series.slice(0, 20).every((p) => p.errorRate === 0)).toBe(true);
    expect(series.slice(21).every((p) => p.completedRps === 0)).toBe(true);
    expect(series.slice(21).every((p) => p.errorRate === 1 || p.arrivedRps === 0)).toBe(true);
  });

  it('restart brings the server back; slow makes it slower only after the command', () => {
    const base = runToEnd(input({ users: 200 }));
    const slowed = runToEnd(input({ users: 200 }, { commands: [cmd('slow:server@15x4')] }));
    expect(slowed.latencyMs.mean).toBeGreaterThan(base.latencyMs.mean * 1.5);
    expect(slowed.series.slice(0, 14)).toEqual(base.series.slice(0, 14));
    const bounce = runToEnd(
      input({}, { commands: [cmd('kill:server@10'), cmd('restart:server@15')] }),
    );
    expect(bounce.requests.failed).toBeGreaterThan(0);
    expect(bounce.series.slice(17).reduce((a, p) => a + p.completedRps, 0)).toBeGreaterThan(100);
  });

  it('commands that name no part are reported, not fatal', () => {
    const s = new RunSession(input({}, { commands: [cmd('kill:nobody@5'), cmd('kill:server@9')] }));
    expect(s.unknownTargets).toEqual(['nobody']);
    s.advance(s.durationMs);
    expect(s.result().requests.failed).toBeGreaterThan(0);
  });
});

describe('RunSession: views do not perturb results', () => {
  const cases: Array<[string, RunInput]> = [
    ['closed loop, defaults', input()],
    [
      'closed loop, overloaded with a kill',
      input({ users: 2000 }, { commands: [cmd('kill:server@12'), cmd('restart:server@14')] }),
    ],
    [
      'open loop, spike, lognormal',
      input({ rps: 120, profile: 'spike', serviceDist: 'lognormal' }),
    ],
    [
      'open loop, wave, tiny queue, short timeout',
      input({ rps: 60, profile: 'wave', queueLimit: 2, timeoutMs: 300 }),
    ],
  ];
  for (const [name, inp] of cases) {
    it(`HEADLESS and INTERACTIVE give the same result: ${name}`, () => {
      const h = new RunSession(inp, HEADLESS);
      const i = new RunSession(inp, INTERACTIVE);
      h.advance(h.durationMs);
      i.advance(i.durationMs);
      expect(h.frames).toHaveLength(0);
      expect(i.frames.length).toBeGreaterThan(100);
      expect(i.sim.trace.total).toBeGreaterThan(0);
      expect(h.sim.trace.total).toBe(0);
      expect(JSON.stringify(i.result())).toBe(JSON.stringify(h.result()));
      expect(i.result()).toEqual(runToEnd(inp));
    });
  }

  it('runToEnd twice gives byte-identical JSON, and another seed does not', () => {
    const inp = input({ users: 500 });
    const a = JSON.stringify(runToEnd(inp));
    expect(JSON.stringify(runToEnd(inp))).toBe(a);
    expect(JSON.stringify(runToEnd({ ...inp, seed: 8 }))).not.toBe(a);
  });

  it('the result carries the input and every figure the JSON promises', () => {
    const r = runToEnd(input({ users: 50 }, { durationS: 5 }));
    expect(r.scenario).toBe('single-server');
    expect(r.seed).toBe(7);
    expect(r.params.users).toBe(50);
    expect(r.simulatedSeconds).toBe(5);
    expect(r.series).toHaveLength(5);
    expect(r.series.map((p) => p.t)).toEqual([0, 1, 2, 3, 4]);
    expect(r.series.reduce((a, p) => a + p.arrivedRps, 0)).toBe(r.requests.arrived);
    expect(r.nodes.map((n) => n.id)).toEqual(['server']);
    expect(r.throughputRps).toBeCloseTo(r.requests.completed / 5, 2);
    expect(r).toHaveProperty('capacityRps', 40);
  });
});

describe('single-server: the growth story (default 60 s)', () => {
  const run = (users: number) => runToEnd({ ...input({ users }), durationS: 60, seed: 1 });

  it('100 users: mean latency about the service time, almost no errors', () => {
    const r = run(100);
    expect(r.simulatedSeconds).toBe(60);
    expect(r.latencyMs.mean).toBeGreaterThan(200);
    expect(r.latencyMs.mean).toBeLessThan(260);
    expect(errorShare(r)).toBeLessThan(0.005);
    expect(r.requests.completed).toBeGreaterThan(1000);
    expect(r.nodes[0]!.utilization).toBeLessThan(0.7);
  });

  it('1000 users: p50 of several seconds and a large share of errors', () => {
    const r = run(1000);
    expect(r.latencyMs.p50).toBeGreaterThan(3000);
    expect(errorShare(r)).toBeGreaterThan(0.3);
    // The server runs flat out at its capacity of 8 / 0.2 s = 40 requests/s.
    expect(r.nodes[0]!.utilization).toBeGreaterThan(0.95);
    expect(r.throughputRps).toBeGreaterThan(35);
    expect(r.throughputRps).toBeLessThanOrEqual(41);
  });

  it('100000 users: almost every request is an error', () => {
    const r = run(100_000);
    expect(errorShare(r)).toBeGreaterThan(0.99);
    expect(r.errorRate).toBeGreaterThan(0.99);
    expect(r.throughputRps).toBeLessThanOrEqual(41);
  });
});

describe('single-server: no parameter combination stalls simulated time', () => {
  it('think time cannot be 0 (a refused user would retry at the same instant forever)', () => {
    const think = single.params.find((p) => p.name === 'thinkMs')!;
    expect(think.kind === 'number' && think.min > 0).toBe(true);
  });

  it('the shortest think time with every request refused at once still finishes', () => {
    const think = single.params.find((p) => p.name === 'thinkMs')!;
    const min = think.kind === 'number' ? think.min : 0;
    const s = new RunSession(
      input(
        { users: 20, thinkMs: min, workers: 1, queueLimit: 0, serviceMs: 500 },
        { durationS: 3, commands: [cmd('kill:server@1')] },
      ),
    );
    s.advance(s.durationMs);
    expect(s.done).toBe(true);
    const r = s.result();
    expect(r.requests.rejected).toBeGreaterThan(1000);
    expect(r.requests.failed).toBeGreaterThan(1000);
  });
});
