import type { ChapterModule } from '../scenarios/chapterModule';

export type { ChapterModule };

/**
 * Chapters with a page, by scenario id. Each loads on demand, so the first page only pays
 * for the shell. A scenario without an entry here still runs in the CLI.
 */
export const CHAPTERS: Record<string, () => Promise<ChapterModule>> = {
  'single-server': () => import('../scenarios/single-server/chapter'),
  'message-queues': () => import('../scenarios/message-queues/chapter'),
  caching: () => import('../scenarios/caching/chapter'),
  'load-balancing': () => import('../scenarios/load-balancing/chapter'),
  cdn: () => import('../scenarios/cdn/chapter'),
  'rate-limiting': () => import('../scenarios/rate-limiting/chapter'),
  'read-replicas': () => import('../scenarios/read-replicas/chapter'),
  sharding: () => import('../scenarios/sharding/chapter'),
  'connection-pooling': () => import('../scenarios/connection-pooling/chapter'),
  cap: () => import('../scenarios/cap/chapter'),
  'growth-journey': () => import('../scenarios/growth-journey/chapter'),
  'order-flow': () => import('../scenarios/order-flow/chapter'),
  chaos: () => import('../scenarios/chaos/chapter'),
};

export const hasChapter = (id: string): boolean => id in CHAPTERS;
