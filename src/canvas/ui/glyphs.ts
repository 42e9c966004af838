import type { PartKind } from '../design/types';

/**
 * A small symbol per kind, so parts can be told apart at a glance (their names say it too).
 * Plain text symbols, not emoji: they draw in any font, and so in the PNG export too.
 */
export const KIND_GLYPHS: Record<PartKind, string> = {
  clients: '☺',
  cdn: '◎',
  limiter: '⊘',
  balancer: '⚖',
  app: '▣',
  cache: '⚡',
  keygen: '⚷',
  primary: '⛁',
  replicas: '⧉',
  shards: '▦',
  queue: '☰',
};

/** The palette's order: roughly the path a redirect takes, front to back. */
export const PALETTE_ORDER: readonly PartKind[] = [
  'clients',
  'cdn',
  'limiter',
  'balancer',
  'app',
  'cache',
  'keygen',
  'primary',
  'replicas',
  'shards',
  'queue',
];

/** One line per kind for the palette: what it is for in this design. */
export const KIND_BLURBS: Record<PartKind, string> = {
  clients: 'People clicking and creating links, from one region',
  cdn: 'Answers popular redirects near the user',
  limiter: 'Turns away a user who sends too much',
  balancer: 'Spreads requests over app servers',
  app: 'Runs the redirect and create code',
  cache: 'Keeps hot short codes in memory',
  keygen: 'Hands out unique short codes',
  primary: 'The database that takes every write',
  replicas: 'Read-only copies of the primary, a little behind',
  shards: 'The links split over several databases',
  queue: 'Click events for analytics, off the hot path',
};
