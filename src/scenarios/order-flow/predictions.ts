import type { RunResult } from '../run';
import type { Prediction } from '../teaching';
import { readBudget } from './results';

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const pct = (x: number) => `${(100 * x).toFixed(x < 0.01 ? 1 : 0)}%`;

/** Time of your trip spent on some parts, from the run's budget. */
function spentOn(r: RunResult, parts: readonly string[]): number {
  const b = readBudget(r);
  return b ? b.steps.filter((s) => parts.includes(s.part)).reduce((t, s) => t + s.ms, 0) : NaN;
}
const NETWORK = ['uplink', 'downlink', 'edge', 'origin'];
const DATABASE = ['replica', 'primary', 'shard'];
const SERVERS = ['balancer', 'app', 'cache', 'limiter', 'orders', 'log'];

const total = (r: RunResult) => readBudget(r)?.totalMs ?? NaN;
const orderErrors = (r: RunResult) =>
  (r.customers as { orders: { errorShare: number } } | undefined)?.orders.errorShare ?? NaN;

export const predictions: Prediction[] = [
  {
    id: 'biggest-cost',
    question:
      'Of the whole trip, from opening the app to “Order confirmed”, what takes the most time?',
    choices: [
      { id: 'network', label: 'Getting there and back: the mobile network and the edge' },
      { id: 'database', label: 'The database: the query and the order write' },
      { id: 'servers', label: 'Everything else: balancer, servers, cache, limiter, log' },
    ],
    runs: [{ label: 'one order', set: { mode: 'walkthrough', disable: [] } }],
    answer: ([r]) => {
      const xs = [spentOn(r!, NETWORK), spentOn(r!, DATABASE), spentOn(r!, SERVERS)];
      return ['network', 'database', 'servers'][xs.indexOf(Math.max(...xs))]!;
    },
    explain: ([r]) =>
      `Out of ${ms(total(r!))}, the network took ${ms(spentOn(r!, NETWORK))}, the database ` +
      `${ms(spentOn(r!, DATABASE))} and all the servers together ${ms(spentOn(r!, SERVERS))}. ` +
      'Four crossings of the mobile network cost more than all the computing, which is why a CDN puts the files next to you.',
  },
  {
    id: 'no-log',
    question:
      'Take the event log away, so the order service calls the kitchen, rider search, analytics and loyalty itself. Is the order still confirmed within 2 seconds?',
    choices: [
      { id: 'yes', label: 'Yes, a little slower' },
      { id: 'no', label: 'No, it takes longer than 2 seconds' },
    ],
    runs: [
      { label: 'with the log', set: { mode: 'walkthrough', disable: [] } },
      { label: 'without the log', set: { mode: 'walkthrough', disable: ['queue'] } },
    ],
    answer: ([, without]) => (total(without!) < 2000 ? 'yes' : 'no'),
    explain: ([withLog, without]) =>
      `With the log the trip took ${ms(total(withLog!))}; without it, ${ms(total(without!))}. ` +
      'The order now waits for every job one after another, and the rider search alone takes over a second. ' +
      'None of those jobs changes what you see, so none of them should be on your way.',
  },
  {
    id: 'abuser',
    question:
      'In the rush, one client fires 1,000 orders a second. Switch off the rate limiter: what happens to everybody else’s orders?',
    choices: [
      { id: 'same', label: 'Nothing much: 1,000 out of 3,000 a second is manageable' },
      { id: 'worse', label: 'Many of them fail or crawl' },
    ],
    runs: [
      { label: 'limiter on', set: { mode: 'scale', abuseRps: 1000, disable: [] } },
      { label: 'limiter off', set: { mode: 'scale', abuseRps: 1000, disable: ['limiter'] } },
    ],
    answer: ([on, off]) => (orderErrors(off!) > orderErrors(on!) + 0.05 ? 'worse' : 'same'),
    explain: ([on, off]) =>
      `Customers’ orders failed ${pct(orderErrors(on!))} of the time with the limiter and ` +
      `${pct(orderErrors(off!))} without it. The abuser’s orders are writes on the busiest primary: ` +
      'they take its connections, its queue grows, and honest orders time out behind them.',
  },
];
