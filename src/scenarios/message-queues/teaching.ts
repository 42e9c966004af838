import type { Params } from '../params';
import type { RunResult } from '../run';
import { errorShare, type Exercise, type Prediction } from '../teaching';
import { JOBS, NAMES, REPLAY_GROUP, type Job } from './jobs';

/** The chapter's figures in a result, typed (see figures.ts for what each means). */
export interface OrderFigures {
  mode: string;
  orders: { placed: number; confirmed: number; failed: number };
  userLatencyMs: { mean: number | null; p50: number | null; p99: number | null };
  consumerLag: {
    max: number;
    end: number;
    byGroup: Record<Job['id'], { max: number; end: number }>;
  };
  processed: Record<Job['id'], number>;
  uniqueOrders: Record<Job['id'], number>;
  redelivered: number;
  rush?: { atS: number; orders: number; drainedAfterS: number | null };
}
export const figures = (r: RunResult): OrderFigures => r as unknown as OrderFigures;

const secs = (ms: number | null) =>
  ms === null || !Number.isFinite(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const wait = (r: RunResult) => figures(r).userLatencyMs.p50 ?? NaN;

export const predictions: Prediction[] = [
  {
    id: 'email-down',
    question:
      'The email provider goes down for the whole run. What happens to orders in sync mode, and with a RabbitMQ queue?',
    choices: [
      { id: 'both-fail', label: 'Both fail every order' },
      {
        id: 'sync-fails',
        label: 'Sync fails every order; the queue confirms them and the emails wait',
      },
      { id: 'both-fine', label: 'Both confirm orders; only the emails are late' },
    ],
    runs: [
      { label: 'sync, email down', set: { mode: 'sync', emailDown: true } },
      { label: 'RabbitMQ, email down', set: { mode: 'rabbitmq', emailDown: true } },
    ],
    answer: ([a, b]) => {
      const sync = errorShare(a!) > 0.5;
      const queue = errorShare(b!) > 0.5;
      return sync && queue ? 'both-fail' : sync ? 'sync-fails' : 'both-fine';
    },
    explain: ([a, b]) => {
      const q = figures(b!);
      return (
        `In sync mode ${pct(errorShare(a!))} of finished orders failed: the email is one link in the chain the customer waits on, so when it breaks the whole order does (after the card was charged). ` +
        `With the queue ${pct(errorShare(b!))} failed and customers waited ${secs(wait(b!))}; instead ${q.consumerLag.byGroup.email.end} emails sat in their queue at the end, ready to go when the provider returns.`
      );
    },
  },
  {
    id: 'kafka-reads',
    question:
      'In Kafka mode each job (restaurant, rider, email, analytics, loyalty) is its own consumer group with 3 workers. An order event is written once. How many times is it read?',
    choices: [
      { id: 'once', label: 'Once, by whichever worker gets it first' },
      { id: 'five', label: 'Five times, once per job' },
      { id: 'fifteen', label: 'Fifteen times, once per worker' },
    ],
    runs: [
      { label: 'Kafka, 3 workers per job', set: { mode: 'kafka', consumers: 3, replayAtS: 0 } },
    ],
    answer: ([r]) => {
      const reads = readsPerOrder(r!);
      return reads < 2 ? 'once' : reads < 10 ? 'five' : 'fifteen';
    },
    explain: ([r]) => {
      const f = figures(r!);
      return (
        `Each event was read ${readsPerOrder(r!).toFixed(1)} times on average: ${JOBS.map((j) => `${j.short.toLowerCase()} ${f.processed[j.id]}`).join(', ')}. ` +
        'Every group keeps its own offsets, so each job reads the whole log; inside a group the workers share the partitions, so no two of them read the same event.'
      );
    },
  },
  {
    id: 'slow-payment',
    question:
      'The payment gateway slows from 0.3 s to 6.5 s. Sync orders now take about 10 s. How long does a customer wait with a RabbitMQ queue?',
    choices: [
      { id: 'fast', label: 'Still under a second: the queue hides it' },
      { id: 'payment', label: 'About as long as the payment, around 7 s' },
      { id: 'ten', label: 'About 10 s, the same as sync' },
    ],
    runs: [
      { label: 'sync, slow payment', set: { mode: 'sync', paymentMs: 6500 } },
      { label: 'RabbitMQ, slow payment', set: { mode: 'rabbitmq', paymentMs: 6500 } },
    ],
    answer: ([a, b]) => {
      const queue = wait(b!);
      return queue < 1000 ? 'fast' : queue < 0.85 * wait(a!) ? 'payment' : 'ten';
    },
    explain: ([a, b]) =>
      `The median wait went from ${secs(wait(a!))} (sync) to ${secs(wait(b!))} (queue). ` +
      'The queue takes the five later jobs off the customer’s wait, about 3 s of it, but not the charge: the app cannot say “order placed” before the bank says yes.',
  },
];

/** How many jobs read each order, on average, over the orders that reached the log. */
export function readsPerOrder(r: RunResult): number {
  const f = figures(r);
  const total = JOBS.reduce((s, j) => s + f.processed[j.id], 0);
  const orders = Math.max(1, ...JOBS.map((j) => f.uniqueOrders[j.id]));
  return total / orders;
}

const killedConsumer = (r: RunResult) =>
  (r.interventions ?? []).some((x) =>
    /^kill:(restaurant|rider|email|analytics|loyalty)-\d+@/.test(x),
  );
const nothingLost = (r: RunResult) => {
  const f = figures(r);
  return JOBS.every(
    (j) =>
      f.processed[j.id] === f.uniqueOrders[j.id] &&
      f.uniqueOrders[j.id] + f.consumerLag.byGroup[j.id].end >= f.orders.confirmed,
  );
};
const mode = (p: Params) => p.mode as string;

export const exercises: Exercise[] = [
  {
    id: 'slow-gateway',
    prompt:
      'Set the payment gateway to 10 s and try to keep the customer’s wait under 500 ms with a queue. (You can’t: run it and see why.)',
    hint: 'Look at what the customer still waits for. The charge must be approved before the app can say “order placed”.',
    // Ticks when the run shows it: the customer still waits about as long as the payment.
    check: (r, p) =>
      mode(p) !== 'sync' &&
      (p.paymentMs as number) >= 10_000 &&
      wait(r) >= 0.9 * (p.paymentMs as number),
  },
  {
    id: 'kill-no-loss',
    prompt:
      'In rabbitmq mode, kill a worker while it holds messages, and lose none: every order still gets its restaurant call, rider, email and points.',
    hint: 'Turn on the dinner rush so workers hold several messages, pick a worker below the picture and press Kill just after 20 s.',
    check: (r, p) =>
      mode(p) === 'rabbitmq' && killedConsumer(r) && figures(r).redelivered > 0 && nothingLost(r),
  },
  {
    id: 'catch-up',
    prompt:
      'Turn on the dinner rush in kafka mode and get every job’s lag back to normal within 15 s of it.',
    hint: 'More workers help only up to the number of partitions: a partition has one reader per job.',
    check: (r, p) => {
      const d = figures(r).rush?.drainedAfterS;
      return mode(p) === 'kafka' && p.spike === true && d !== undefined && d !== null && d <= 15;
    },
  },
  {
    id: 'email-outage',
    prompt:
      'Start with the email provider down in a queue mode, then restart it mid-run: no order fails, and the email backlog drains.',
    hint: `Use the ${NAMES.provider} controls below the picture to restart it.`,
    check: (r, p) => {
      const f = figures(r);
      const email = f.consumerLag.byGroup.email;
      return (
        mode(p) !== 'sync' &&
        p.emailDown === true &&
        (r.interventions ?? []).some((x) => x.startsWith(`restart:${NAMES.provider}@`)) &&
        f.orders.failed === 0 &&
        email.max >= 20 &&
        email.end <= 5
      );
    },
  },
  {
    id: 'replay',
    prompt:
      'In kafka mode, make the analytics job read old orders a second time while every other job reads each order once.',
    hint: 'Set "Replay analytics at" to 40 s, or press the replay button during a run.',
    check: (r, p) => {
      const f = figures(r);
      return (
        mode(p) === 'kafka' &&
        f.processed[REPLAY_GROUP] > f.uniqueOrders[REPLAY_GROUP] &&
        JOBS.every((j) => j.id === REPLAY_GROUP || f.processed[j.id] === f.uniqueOrders[j.id])
      );
    },
  },
];
