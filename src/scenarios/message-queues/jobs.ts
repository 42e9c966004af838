/**
 * The food-delivery order, step by step. Validation and the payment charge must finish before
 * the customer sees "order placed"; the five jobs after them can happen later. Each job's
 * work is `weight` times the average step time (consumerMs); the weights add up to 5, so the
 * jobs take 5 x consumerMs in all.
 */
export interface Job {
  id: 'restaurant' | 'rider' | 'email' | 'analytics' | 'loyalty';
  label: string;
  /** One word for tight spaces. */
  short: string;
  /** Initial for markers drawn too small for a word. */
  letter: string;
  weight: number;
}

export const JOBS: readonly Job[] = [
  { id: 'restaurant', label: 'Notify the restaurant', short: 'Restaurant', letter: 'R', weight: 1 },
  { id: 'rider', label: 'Assign a rider', short: 'Rider', letter: 'D', weight: 1.5 },
  { id: 'email', label: 'Send the confirmation email', short: 'Email', letter: 'E', weight: 1 },
  { id: 'analytics', label: 'Update analytics', short: 'Analytics', letter: 'A', weight: 0.75 },
  { id: 'loyalty', label: 'Add loyalty points', short: 'Loyalty', letter: 'L', weight: 0.75 },
];

export type Mode = 'sync' | 'rabbitmq' | 'kafka';
export const MODES: readonly Mode[] = ['sync', 'rabbitmq', 'kafka'];

/** Component names, shared by the model, the view and interventions in links. */
export const NAMES = {
  customers: 'customers',
  rush: 'rush',
  api: 'api',
  payment: 'payment',
  provider: 'email-provider',
  exchange: 'exchange',
  log: 'log',
} as const;
export const consumerName = (job: Job['id'], i: number): string => `${job}-${i + 1}`;
export const queueName = (job: Job['id']): string => `${job}-queue`;
/** In sync mode each job is a service called in the chain, named after the job. */
export const serviceName = (job: Job['id']): string => job;

/** Fixed parts of the story (not parameters: they are not what this chapter is about). */
export const VALIDATE_MS = 60;
export const LINK_MS = 10;
export const PROVIDER_MS = 40;
/** A consumer whose email call failed waits this long before handing the message back. */
export const RETRY_MS = 1000;
/** How long a Kafka group takes to notice a member died or came back and move partitions. */
export const REBALANCE_MS = 3000;
export const RUSH_AT_S = 20;
export const RUSH_ORDERS = 50;
export const RUSH_SPREAD_MS = 500;
export const CLIENT_TIMEOUT_MS = 60_000;
/** Partitions drawn (and published as gauges) at most; the rest are summarised. */
export const DRAWN_PARTITIONS = 8;
/** The group a replay rewinds: re-reading history is what analytics does after a fix. */
export const REPLAY_GROUP: Job['id'] = 'analytics';
