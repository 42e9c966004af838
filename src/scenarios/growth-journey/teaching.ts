import type { RunResult } from '../run';
import type { Exercise, Prediction } from '../teaching';
import { BOTTLENECK_LABELS, type BottleneckId } from './bottleneck';
import { formatMs, formatShare } from './words';

const seen = (r: RunResult) => r.bottleneck as BottleneckId | 'none';
const p99 = (r: RunResult) => (r.peopleMs as { p99: number }).p99;
const errors = (r: RunResult) => r.peopleErrorRate as number;
const said = (r: RunResult) => {
  const b = seen(r);
  return b === 'none' ? 'nothing broken' : BOTTLENECK_LABELS[b].toLowerCase();
};

export const predictions: Prediction[] = [
  {
    id: 'cpu-cache-or-lb',
    question:
      'At 1,000 users one app server is swamped and p99 passes a second. Which fix brings it back under a second?',
    choices: [
      { id: 'lb', label: 'A load balancer and more servers' },
      { id: 'cache', label: 'A cache in front of the database' },
      { id: 'both', label: 'Either one' },
    ],
    runs: [
      { label: 'with a cache', set: { users: 1000, fixes: ['cache'] } },
      { label: 'with a load balancer', set: { users: 1000, fixes: ['lb'] } },
    ],
    answer: ([cache, lb]) =>
      seen(cache!) === 'none' && seen(lb!) === 'none'
        ? 'both'
        : seen(lb!) === 'none'
          ? 'lb'
          : seen(cache!) === 'none'
            ? 'cache'
            : 'both',
    explain: ([cache, lb]) =>
      `With a cache p99 was ${formatMs(p99(cache!))} (${said(cache!)}); with a load balancer ${formatMs(p99(lb!))} (${said(lb!)}). ` +
      'The time went into building pages on one processor, not into the database, so making the database’s answers faster saved almost nothing.',
  },
  {
    id: 'connections-replicas',
    question:
      'At 3,000 users behind a load balancer, some app servers get no database connections. Do two read replicas fix it?',
    choices: [
      { id: 'yes', label: 'Yes: more databases, more connections' },
      { id: 'no', label: 'No: the errors stay' },
    ],
    runs: [
      { label: 'no replicas', set: { users: 3000, fixes: ['lb'] } },
      { label: 'two replicas', set: { users: 3000, fixes: ['lb', 'replicas'] } },
    ],
    answer: ([, rep]) => (seen(rep!) === 'connections' ? 'no' : 'yes'),
    explain: ([before, rep]) =>
      `${formatShare(errors(before!))} of requests failed without replicas and ${formatShare(errors(rep!))} with them. ` +
      'Each server still opens its own twenty connections to the primary, which still stops at a hundred. A pool that shares fifty connections among all the servers is the fix.',
  },
];

const atLeast = (users: number) => (r: RunResult) =>
  (r.params.users as number) >= users && seen(r) === 'none';

export const exercises: Exercise[] = [
  {
    id: 'serve-3000',
    prompt: 'Serve 3,000 users with p99 under 1 s and under 1% errors.',
    hint: 'Two bottlenecks stand in the way, one after the other: the processor, then the connections.',
    check: atLeast(3000),
  },
  {
    id: 'replicas-not-cache',
    prompt: 'Serve 10,000 users acceptably using read replicas instead of a cache.',
    hint: 'Without the limiter, the scraper takes the replicas’ time too.',
    check: (r, p) => {
      const f = p.fixes as readonly string[];
      return atLeast(10_000)(r) && f.includes('replicas') && !f.includes('cache');
    },
  },
  {
    id: 'reach-100k',
    prompt: 'Reach 100,000 users with acceptable latency.',
    hint: 'At the end, one queue is not enough for the writes: the primary itself must be split.',
    check: atLeast(100_000),
  },
];
