import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'No system is built for its final size on the first day, and none needs to be. It needs to survive its next size. At every size exactly one part gives way first, and fixing anything else changes nothing a user can feel.',
    'This page joins the other chapters into one shop that keeps growing. Each time it breaks, the page measures every part and names the first one that ran out: the app servers’ processors, the database’s connection slots, its reads, its writes, the distance to far-away customers, or one client that takes far more than its share. Then you choose a fix.',
    'Pick the fix that answers the bottleneck and the numbers drop back. Pick another and the run looks just as bad as before, because you made a part faster that was never the one holding people up.',
  ],
  analogy: {
    title: 'From a drinks table to a chain of shops',
    paragraphs: [
      'A drinks table on a street corner has one person mixing, pouring and taking money. When the queue reaches the end of the block, hiring a second cashier is no help if the mixing is what takes the time; what helps is a second pair of hands at the jug.',
      'Years later the same business has shops in three countries, a warehouse and a payroll. The drink never changed. What changed, step by step, was everything around it, and each step was taken when the previous arrangement ran out, not before.',
    ],
  },
  figures: [
    {
      value: '240 ms',
      label: 'processor time to build one page here: 8 workers finish about 33 a second',
    },
    {
      value: '100',
      label: 'connections one database accepts here; 20 per app server fill it at 5 servers',
    },
    {
      value: '10 : 1',
      label: 'reads to writes, roughly, in a shop: people browse far more than they buy',
    },
    {
      value: '≈ 160 ms',
      label:
        'a file’s round trip by fibre from Mumbai or Sydney to Virginia, however fast the servers',
    },
    { value: 'p99 < 1 s, errors < 1%', label: 'what this page calls acceptable' },
  ],
  choices: {
    columns: ['When this breaks', 'The chapter’s fix', 'What it does not help'],
    rows: [
      ['App server CPU', 'Load balancer and more servers', 'A slow or full database'],
      ['Database connections', 'Connection pool', 'A database that is busy with work'],
      ['Database reads', 'Cache, or read replicas', 'Writes: every copy still takes them'],
      ['Database writes', 'Message queue, or shards', 'Reads that a cache would answer'],
      ['Far-away users', 'CDN', 'Anything in the data centre'],
      ['One abusive client', 'Rate limiter', 'Capacity: more of it is eaten too'],
    ],
  },
  notice: [
    'Move Users from 300 to 1,000: one app server saturates, and p99 jumps past a second.',
    'Add a cache at 1,000 users before the load balancer: nothing changes, because the database was never busy.',
    'At 3,000 users look for the box named Refused: servers that got no connections fail every request.',
    'At 10,000 a scraper appears; watch how much of the database it takes before and after the rate limiter.',
    'At 30,000 the far users appear in Mumbai and Sydney: their page files take over 150 ms until a CDN is added.',
    'Kill the primary database: the verdict turns to an outage, and no scaling fix is the answer.',
  ],
};
