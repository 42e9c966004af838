import { parseTimedCommand, type TimedCommand } from '../../engine';
import type { Params } from '../params';
import type { RunResult } from '../run';
import { argMin, errorShare, type Exercise, type Prediction } from '../teaching';
import { cityRtt, cityTraffic, offload } from './results';
import { CITIES } from './sites';

const ms = (x: number) => `${Math.round(x)} ms`;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const km = (x: number) => `${Math.round(x).toLocaleString('en-US')} km`;

const ORIGIN_CHOICES = [
  { id: 'virginia', label: 'Virginia' },
  { id: 'frankfurt', label: 'Frankfurt' },
  { id: 'singapore', label: 'Singapore' },
];

export const predictions: Prediction[] = [
  {
    id: 'mumbai-hit',
    question:
      'The CDN is on. How long does a user in Mumbai wait for a file an edge near them already holds?',
    choices: [
      { id: 'ten', label: 'About 10 ms' },
      { id: 'fifty', label: 'About 50 ms' },
      { id: 'trip', label: 'About 130 ms: the trip to Virginia' },
      { id: 'more', label: 'Over 200 ms' },
    ],
    runs: [
      { label: 'CDN off', set: { cdn: false } },
      { label: 'CDN on', set: { cdn: true } },
    ],
    answer: ([, on]) => {
      const x = cityRtt(on!).mumbai!.observedHits;
      return x < 30 ? 'ten' : x < 90 ? 'fifty' : x < 180 ? 'trip' : 'more';
    },
    explain: ([off, on]) => {
      const a = cityRtt(off!).mumbai!;
      const b = cityRtt(on!).mumbai!;
      return (
        `Mumbai's hits took ${ms(b.observedHits)}: ${b.servedBy} is ${km(b.km)} away, ${ms(b.physics)} of fibre there and back, plus the edge's own work. ` +
        `Without the CDN every request crossed ${km(a.km)} to the origin and back: ${ms(a.observed)} on average. ` +
        `Misses still make that trip, which is why Mumbai's overall mean with the CDN is ${ms(b.observed)}.`
      );
    },
  },
  {
    id: 'origin-share',
    question: 'With the CDN on, what share of all requests still reaches the origin?',
    choices: [
      { id: 'most', label: 'Most of them: every file starts there' },
      { id: 'half', label: 'About half' },
      { id: 'fifth', label: 'About one in five' },
      { id: 'none', label: 'Almost none' },
    ],
    runs: [{ label: 'CDN on', set: { cdn: true } }],
    answer: ([r]) => {
      const reach = 1 - offload(r!);
      return reach > 0.6 ? 'most' : reach > 0.35 ? 'half' : reach > 0.08 ? 'fifth' : 'none';
    },
    explain: ([r]) =>
      `${(r!.originRequests as number).toLocaleString('en-US')} of ${r!.requests.arrived.toLocaleString('en-US')} requests reached the origin (${pct(1 - offload(r!))}). ` +
      `The edges answered the other ${pct(offload(r!))} from their copies, so the origin only does the work for misses: ` +
      'the same origin can now carry several times the traffic.',
  },
  {
    id: 'best-origin',
    question:
      'No CDN, one origin for the whole world. Where should it stand to give users the lowest average wait?',
    choices: ORIGIN_CHOICES,
    runs: ORIGIN_CHOICES.map((c) => ({ label: c.label, set: { cdn: false, originRegion: c.id } })),
    answer: (rs) => ORIGIN_CHOICES[argMin(rs.map((r) => r.latencyMs.mean))]!.id,
    explain: (rs) => {
      const best = argMin(rs.map((r) => r.latencyMs.mean));
      const worst = Object.entries(cityRtt(rs[best]!)).reduce((a, b) =>
        b[1].observed > a[1].observed ? b : a,
      );
      const name = CITIES.find((c) => c.id === worst[0])?.name ?? worst[0];
      return (
        rs.map((r, i) => `${ORIGIN_CHOICES[i]!.label} ${ms(r.latencyMs.mean)}`).join(', ') +
        `. Even from ${ORIGIN_CHOICES[best]!.label}, ${name} waits ${ms(worst[1].observed)}: ` +
        'one place cannot be near everyone, so the answer is copies in many places.'
      );
    },
  },
];

/** The interventions of a run, parsed. */
const commandsOf = (r: RunResult): TimedCommand[] =>
  (r.interventions ?? []).map(parseTimedCommand).filter((c): c is TimedCommand => c !== null);

/** A part was killed at or before `by` ms and never brought back afterwards. */
function killedAndLeft(r: RunResult, node: string, by: number): boolean {
  const cmds = commandsOf(r).filter((c) => c.node === node);
  const kill = cmds.find((c) => c.action === 'kill' && c.at <= by);
  return (
    kill !== undefined &&
    !cmds.some((c) => (c.action === 'restart' || c.action === 'restore') && c.at >= kill.at)
  );
}

const okShare = (r: RunResult) => r.requests.completed / Math.max(1, r.requests.arrived);

export const exercises: Exercise[] = [
  {
    id: 'under-100',
    prompt: "Bring every city's average wait under 100 ms, with under 1% errors.",
    hint: 'Johannesburg and Lagos have no edge of their own. More edge sites, a higher hit ratio, or a better-placed origin?',
    check: (r) =>
      CITIES.every((c) => (cityRtt(r)[c.id]?.observed ?? Infinity) < 100) && errorShare(r) < 0.01,
  },
  {
    id: 'origin-down',
    prompt:
      'Kill the origin in the first half of the run and leave it dead, yet still answer at least 70% of all requests.',
    hint: 'Once the origin is gone, only copies already at the edges can answer.',
    check: (r) => killedAndLeft(r, 'origin', (r.simulatedSeconds * 1000) / 2) && okShare(r) >= 0.7,
  },
  {
    id: 'mumbai-edge',
    prompt:
      "Kill the Mumbai edge. Where do Mumbai's users go now, and what does it cost them? (The table under the map tells.)",
    hint: 'Edge sites "many" has an edge in Mumbai. Pick it under "Break a server".',
    check: (r, p: Params) =>
      p.cdn === true &&
      killedAndLeft(r, 'edge-mumbai', Infinity) &&
      Object.entries(cityTraffic(r).mumbai?.sentTo ?? {}).some(
        ([name, n]) => name !== 'edge-mumbai' && n > 0,
      ),
  },
  {
    id: 'rescue-origin',
    prompt:
      'Serve 1,000 requests/s, under 1% errors and p99 under 1 s, with the origin as it is (64 workers, 100 ms each).',
    hint: '64 workers at 100 ms finish 640 requests a second. Who could take the rest?',
    check: (r, p: Params) =>
      (p.rps as number) >= 1000 &&
      (p.originWorkers as number) <= 64 &&
      (p.originMs as number) >= 100 &&
      errorShare(r) < 0.01 &&
      r.latencyMs.p99 < 1000,
  },
];
