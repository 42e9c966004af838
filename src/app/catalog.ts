/**
 * The chapters with a page, as the menu and the home page show them: names only, no models.
 * The landing page imports this instead of the scenario registry, so it does not download
 * every model before the learner picks one. catalog.test.ts keeps it equal to the registry.
 */
export interface CatalogEntry {
  id: string;
  title: string;
  tagline: string;
  order: number;
}

export const CATALOG: readonly CatalogEntry[] = [
  {
    id: 'single-server',
    title: 'The lemonade stand',
    tagline: 'One server meets its launch day',
    order: 1,
  },
  {
    id: 'load-balancing',
    title: 'The floor manager',
    tagline: 'One balancer spreads the requests over many servers',
    order: 2,
  },
  {
    id: 'caching',
    title: 'The sticky note on the fridge',
    tagline: 'A cache in front of the database: speed bought with freshness',
    order: 3,
  },
  {
    id: 'cdn',
    title: 'Copies everywhere',
    tagline: 'A CDN puts the files next to the people who want them',
    order: 4,
  },
  {
    id: 'message-queues',
    title: 'The kitchen ticket rail',
    tagline: 'Answer the customer now, do the rest from a queue',
    order: 5,
  },
  {
    id: 'read-replicas',
    title: 'Ten copies of the textbook',
    tagline: 'Read replicas multiply reads, and lag behind the primary',
    order: 6,
  },
  {
    id: 'sharding',
    title: 'Splitting the filing cabinet',
    tagline: 'Many databases, each holding part of the data',
    order: 7,
  },
  {
    id: 'connection-pooling',
    title: 'Keep the line open',
    tagline: 'A connection pool lends open database connections instead of opening new ones',
    order: 8,
  },
  {
    id: 'cap',
    title: 'Three restaurants, one menu',
    tagline: 'When the lines between cities go down: refuse orders, or serve an old menu?',
    order: 9,
  },
  {
    id: 'rate-limiting',
    title: 'The velvet rope',
    tagline: 'A rate limiter keeps one client from ruining it for everyone',
    order: 10,
  },
  {
    id: 'growth-journey',
    title: 'Which bottleneck breaks first?',
    tagline: 'Grow the lemonade stand from 100 to 100,000 users, one fix at a time',
    order: 11,
  },
  {
    id: 'order-flow',
    title: 'A food order, end to end',
    tagline: 'Every part of the chapter on one order’s way, and what each one buys you',
    order: 12,
  },
  {
    id: 'chaos',
    title: 'Breaking things on purpose',
    tagline: 'A chaos monkey, a region going dark, and the nines that survive it',
    order: 13,
  },
];

export function catalogEntry(id: string): CatalogEntry | undefined {
  return CATALOG.find((c) => c.id === id);
}
