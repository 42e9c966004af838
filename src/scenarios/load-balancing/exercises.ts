import { parseTimedCommand } from '../../engine';
import type { Params } from '../params';
import type { RunResult } from '../session';
import { errorShare, type Exercise } from '../teaching';

const p99 = (r: RunResult) => r.latencyMs.p99;

/** The per-server figures this scenario adds to the results. */
interface ServerFigures {
  id: string;
  weight: number;
  alive: boolean;
}
const serversOf = (r: RunResult) => (r.servers as ServerFigures[] | undefined) ?? [];

/** When a server was lost in this run (ms): killed by a button or by the scripted crash. */
function lossTimes(r: RunResult, p: Params): number[] {
  const kills = (r.interventions ?? [])
    .map(parseTimedCommand)
    .filter((c) => c !== null && c.action === 'kill' && c.node.startsWith('server-'))
    .map((c) => c!.at);
  const crash = (p.crashAtS as number) * 1000;
  return crash > 0 ? [...kills, crash] : kills;
}

/** Runs bigger than this are not re-run just to tick an exercise. */
const BASELINE_MAX_REQUESTS = 60_000;

export const exercises: Exercise[] = [
  {
    id: 'rr-three-slow',
    prompt:
      'On round-robin with only 3 servers, make p99 pass 1 s while fewer than 1% of requests fail.',
    hint: 'Lower the arrival rate until the errors go; the heavy requests still hold up whoever is behind them.',
    check: (r, p) =>
      p.strategy === 'round-robin' && p.servers === 3 && p99(r) > 1000 && errorShare(r) < 0.01,
  },
  {
    id: 'survive-crash',
    prompt:
      'Lose a server in the first three quarters of the run (kill one, or set a crash time) and keep errors under 1%.',
    hint: 'Two things help: health checks often enough to notice quickly, and a spare server to take over its share.',
    check: (r, p) => {
      const lastMs = r.simulatedSeconds * 750;
      return (
        lossTimes(r, p).some((t) => t > 0 && t <= lastMs) &&
        serversOf(r).some((s) => !s.alive) &&
        errorShare(r) < 0.01
      );
    },
  },
  {
    id: 'halve-rr',
    prompt:
      'Cut p99 to half of round-robin’s or less, on the same servers and the same traffic, with no more errors.',
    hint: 'Pick a strategy that looks at how busy each server is. If it is close, a little more load makes round-robin’s lines much longer.',
    // The same servers, traffic, seed and interventions on round-robin.
    baseline: (r, p) =>
      p.strategy === 'round-robin' || (p.rps as number) * r.simulatedSeconds > BASELINE_MAX_REQUESTS
        ? null
        : { strategy: 'round-robin' },
    check: (r, p, base) => {
      if (p.strategy === 'round-robin') return false;
      return (
        base !== undefined &&
        r.requests.completed > 0 &&
        p99(r) <= 0.5 * p99(base) &&
        errorShare(r) <= errorShare(base) + 0.001
      );
    },
  },
  {
    id: 'mixed-hardware',
    prompt:
      'Give the servers different sizes (weights such as 4,1) and answer every request with p99 under 1.5 s.',
    hint: 'Round-robin gives the small server as much as the big one. Weighted, or least-connections, does not.',
    check: (r) => {
      const w = serversOf(r).map((s) => s.weight);
      return (
        w.length > 1 &&
        Math.max(...w) >= 2 * Math.min(...w) &&
        errorShare(r) === 0 &&
        r.requests.completed > 0 &&
        p99(r) < 1500
      );
    },
  },
];
