import type { Params } from '../params';
import type { RunResult } from '../run';
import type { Exercise } from '../teaching';
import { availability, recoverySeconds, regionDownForGood } from './results';

const n = (p: Params, name: string) => p[name] as number;
const noOutage = (r: RunResult, p: Params) =>
  n(p, 'regionDownAtS') === 0 && !(r.interventions ?? []).some((x) => x.includes(':region-'));
const monkeyAtLeastEveryMinute = (p: Params) => n(p, 'killEveryS') > 0 && n(p, 'killEveryS') <= 60;

export const exercises: Exercise[] = [
  {
    id: 'two-instances',
    prompt:
      'With only two instances per region, keep three nines while the monkey kills one at least every minute (no region outage).',
    hint: 'Errors pile up when both instances of one region are dead at once. How soon is a victim replaced?',
    check: (r, p) =>
      n(p, 'instances') <= 2 &&
      monkeyAtLeastEveryMinute(p) &&
      noOutage(r, p) &&
      availability(r) >= 0.999,
  },
  {
    id: 'one-instance',
    prompt:
      'One instance per region and a kill at least every minute: get above two nines without adding instances.',
    hint: 'Each kill is a small regional outage. Fast replacement, and retries spread out with a longer pause, can ride it out.',
    check: (r, p) =>
      n(p, 'instances') === 1 &&
      monkeyAtLeastEveryMinute(p) &&
      noOutage(r, p) &&
      availability(r) >= 0.99,
  },
  {
    id: 'region-three-nines',
    prompt:
      'Take a region down in the first half of the run, leave it down, and still finish above three nines.',
    hint: 'Detect sooner, spread the DNS change faster, and give each request retries that last until the change reaches it.',
    check: (r, p) => {
      const at = regionDownForGood(r, n(p, 'regionDownAtS'));
      return (
        n(p, 'regions') >= 2 && at <= (r.simulatedSeconds * 1000) / 2 && availability(r) >= 0.999
      );
    },
  },
  {
    id: 'retry-timeout',
    prompt:
      'Caches off, Virginia down, at least 2 retries: find a timeout that keeps retries from making things worse, and beat 90% availability.',
    hint: 'An attempt abandoned early still keeps a worker busy. How slow do answers get in Frankfurt once New York arrives?',
    check: (r, p) =>
      (p.caches as readonly string[]).length === 0 &&
      n(p, 'retries') >= 2 &&
      regionDownForGood(r, n(p, 'regionDownAtS')) <= (r.simulatedSeconds * 1000) / 2 &&
      n(p, 'regions') >= 2 &&
      availability(r) >= 0.9,
  },
  {
    id: 'recover-in-a-minute',
    prompt: 'Bring the time to recover under one minute after a region goes down.',
    hint: 'Two delays add up: how long the health checks wait, and how long DNS answers are cached.',
    check: (r) => {
      const s = recoverySeconds(r);
      return s !== null && s < 60;
    },
  },
];
