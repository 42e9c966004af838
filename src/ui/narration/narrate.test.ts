import { describe, expect, it } from 'vitest';
import { INTERACTIVE, RunSession } from '../../scenarios/run';
import { defaults } from '../../scenarios/params';
import { getScenario } from '../../scenarios/registry';
import { layoutOf } from '../../player/chunk';
import { narrate, spoken } from './narrate';

const scenario = getScenario('single-server')!;

function run(over: Record<string, number>, commands = [] as RunSession['input']['commands']) {
  const s = new RunSession(
    {
      scenario: 'single-server',
      params: { ...defaults(scenario.params), ...over },
      seed: 1,
      durationS: 30,
      commands,
    },
    INTERACTIVE,
  );
  s.advance(30_000);
  return s;
}

/** Everything the narrator would say playing the run through, frame by frame. */
function story(s: RunSession): string[] {
  const layout = layoutOf(s);
  const frames = s.frames;
  const series = s.sim.metrics.series.points;
  const said: string[] = [];
  for (let i = 1; i < frames.length; i++) {
    const upTo = (t: number) => series.filter((p) => (p.t + 1) * 1000 <= t);
    const cur = upTo(frames[i]!.t);
    const prev = upTo(frames[i - 1]!.t);
    said.push(
      ...narrate(
        layout,
        frames[i - 1]!,
        frames[i]!,
        s.input.commands,
        cur[cur.length - 1],
        prev[prev.length - 1],
      ),
    );
  }
  return said;
}

describe('narration', () => {
  it('names parts the way a person would say them', () => {
    expect(spoken('server-2')).toBe('Server 2');
    expect(spoken('db_primary')).toBe('Db primary');
  });

  it('a calm run says nothing', () => {
    expect(story(run({ users: 100 }))).toEqual([]);
  });

  it('an overloaded server is announced once, with its queue, and slow answers too', () => {
    const said = story(run({ users: 1000 }));
    expect(said.filter((x) => x.startsWith('Server is overloaded:'))).toHaveLength(1);
    expect(said.some((x) => /^Slow: p99 is/.test(x))).toBe(true);
  });

  it('interventions and their consequences are told in order', () => {
    const said = story(
      run({ users: 300 }, [
        { at: 10_000, node: 'server', action: 'kill' },
        { at: 20_000, node: 'server', action: 'restart' },
      ]),
    );
    const kill = said.indexOf('Server was killed at 10.0 s.');
    const errors = said.findIndex((x) => x.startsWith('Errors rising'));
    const back = said.indexOf('Server was restarted at 20.0 s.');
    expect(kill).toBeGreaterThanOrEqual(0);
    expect(errors).toBeGreaterThan(kill);
    expect(back).toBeGreaterThan(errors);
    expect(said).toContain('Server is back up.');
    // The kill is told once, as an intervention, not again as "is down".
    expect(said).not.toContain('Server is down.');
  });
});
