import { describe, expect, it } from 'vitest';
import { ChunkReader, layoutOf } from '../../player/chunk';
import { RunData } from '../../player/runData';
import { defaults } from '../params';
import { getScenario } from '../registry';
import { INTERACTIVE, RunSession } from '../run';
import { cityRtt } from './results';
import { cityWindows } from './cityWindow';
import { CITIES } from './sites';

function runData(durationS: number) {
  const session = new RunSession(
    {
      scenario: 'cdn',
      params: defaults(getScenario('cdn')!.params),
      seed: 4,
      durationS,
      commands: [],
    },
    INTERACTIVE,
  );
  session.advance(session.durationMs);
  const data = new RunData(layoutOf(session));
  data.append(new ChunkReader(session).read());
  return data;
}

describe('cityWindows: each city at the playhead, from frames alone', () => {
  const data = runData(6);
  const ids = CITIES.map((c) => c.id);

  it("shows Chennai's hits at their physics: 10.3 ms of fibre + 10 ms at the Mumbai edge", () => {
    const w = cityWindows(data, 5000, ids)[ids.indexOf('chennai')]!;
    expect(w.recentHitMs).toBeCloseTo(20.33, 1);
    expect(w.recentMs).toBeGreaterThan(w.recentHitMs);
  });

  it('ends on the same means as the results', () => {
    const end = cityWindows(data, 6000, ids);
    const r = cityRtt(data.result!);
    ids.forEach((id, i) => expect(end[i]!.meanMs).toBeCloseTo(r[id]!.observed, 2));
  });

  it('is empty before anything has been answered', () => {
    const w = cityWindows(data, 0, ids)[0]!;
    expect(w.answered).toBe(0);
    expect(w.recentMs).toBeNaN();
    expect(w.meanMs).toBeNaN();
  });
});
