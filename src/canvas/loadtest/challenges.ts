import type { LoadTestResult } from '../design/contract';
import { CACHED, SCALED } from '../design/samples';
import type { Design } from '../design/types';

export interface Challenge {
  id: string;
  title: string;
  /** What it asks and why it matters, in two or three sentences. */
  explanation: string;
  check(result: LoadTestResult, design: Design): { passed: boolean; detail: string };
  /** A design that passes, shown after a first attempt. */
  reference: Design;
}

/** The load the chapter's exercise asks for. */
export const TARGET_RPS = 10_000;
export const TARGET_P99_MS = 50;
export const TARGET_ERROR_RATE = 0.001;
/** The budget challenge's limit, in dollars a month (prices: docs/design-format.md). */
export const BUDGET_USD = 1000;

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const usd = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;

/** Whether the run asked for the exercise's load; a design tested at less proves nothing. */
function atTarget(d: Design): string | null {
  return d.workload.redirectsPerSec >= TARGET_RPS
    ? null
    : `the workload asks for ${d.workload.redirectsPerSec.toLocaleString('en-US')} redirects/s; set it to at least ${TARGET_RPS.toLocaleString('en-US')}`;
}

function fastAndReliable(r: LoadTestResult): { passed: boolean; detail: string } {
  const f = r.redirects;
  const passed = f.count > 0 && f.p99Ms < TARGET_P99_MS && r.errorRate < TARGET_ERROR_RATE;
  return { passed, detail: `redirect p99 ${f.p99Ms} ms, errors ${pct(r.errorRate)}` };
}

const withLoad = (d: Design, pass: { passed: boolean; detail: string }) => {
  const low = atTarget(d);
  return low ? { passed: false, detail: `${pass.detail}; but ${low}` } : pass;
};

/** A lean design that meets the main goal for little money: no edge, no replicas, no queue. */
const LEAN: Design = {
  ...CACHED,
  name: 'Lean: a balancer, three servers, a cache',
  parts: [
    ...CACHED.parts.map((p) =>
      p.kind === 'app' ? { ...p, props: { ...p.props, instances: 3 } } : p,
    ),
    {
      id: 'lb',
      kind: 'balancer',
      label: 'Load balancer',
      x: 120,
      y: 220,
      props: { strategy: 'least-connections', healthCheckMs: 1000 },
    },
  ],
  wires: [
    ...CACHED.wires.filter((w) => !(w.from === 'users' && w.to === 'app')),
    { id: 'users-lb', from: 'users', to: 'lb' },
    { id: 'lb-app', from: 'lb', to: 'app' },
  ],
};

export const CHALLENGES: readonly Challenge[] = [
  {
    id: 'ten-thousand',
    title: '10,000 redirects a second',
    explanation: `Serve ${TARGET_RPS.toLocaleString('en-US')} redirects a second with a 99th percentile under ${TARGET_P99_MS} ms and fewer than 0.1% errors. A redirect is what every click costs, so it has to be quick and it has to work.`,
    check: (r, d) => withLoad(d, fastAndReliable(r)),
    reference: SCALED,
  },
  {
    id: 'lose-a-server',
    title: 'Survive losing an app server',
    explanation: `One app server dies early in a second run. Once the balancer's health check has noticed, redirects must still meet the same goals (p99 under ${TARGET_P99_MS} ms, under 0.1% errors): the others need the spare room, and something must stop sending work to the dead one.`,
    check: (r, d) => {
      const loss = r.appLoss;
      if (!loss)
        return {
          passed: false,
          detail:
            'not tried: the design misses the goals even with every server up, so it was not run with one fewer',
        };
      const f = loss.redirects;
      const passed = f.count > 0 && f.p99Ms < TARGET_P99_MS && f.errorRate < TARGET_ERROR_RATE;
      return withLoad(d, {
        passed,
        detail: `with ${loss.killed} dead, from ${loss.fromS} s on: p99 ${f.p99Ms} ms, errors ${pct(f.errorRate)}`,
      });
    },
    reference: SCALED,
  },
  {
    id: 'fresh-links',
    title: 'New links work at once',
    explanation:
      'Someone clicks a new link between 100 ms and a second after creating it. Every one of those first clicks must find the link: a replica that has not caught up answers 404. Read new links from the primary, or keep replication lag shorter than the click comes.',
    check: (r, d) => {
      const made = r.creates.count > 0 && r.creates.errorRate < TARGET_ERROR_RATE;
      const passed = made && r.notFoundYet === 0 && r.errorRate < TARGET_ERROR_RATE;
      return withLoad(d, {
        passed,
        detail: `${r.notFoundYet} first clicks found nothing yet; create errors ${pct(r.creates.errorRate)}`,
      });
    },
    reference: {
      ...SCALED,
      name: `${SCALED.name} (new links from the primary)`,
      readNewLinksFromPrimary: true,
    },
  },
  {
    id: 'budget',
    title: `Under ${usd(BUDGET_USD)} a month`,
    explanation: `Meet the 10,000 redirects a second goal for under ${usd(BUDGET_USD)} a month. Every part has a price: an edge network or a row of replicas may be more than this load needs.`,
    check: (r, d) => {
      const main = fastAndReliable(r);
      const cheap = r.monthlyCost.totalUsd < BUDGET_USD;
      return withLoad(d, {
        passed: main.passed && cheap,
        detail: `${usd(r.monthlyCost.totalUsd)} a month; ${main.detail}`,
      });
    },
    reference: LEAN,
  },
];
