import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'One machine runs out of processor, memory or network sooner or later. The way past it is more machines, and the moment there are two, something has to decide which one answers each request. That something is a load balancer: it stands in front of the servers, takes every request and hands it to one of them, so that no single server drowns while the others wait.',
    'How it chooses matters as soon as requests differ. Round-robin deals them out in turn and never looks back, which is perfect while every request costs the same. Mix in a few heavy ones, a search among thousands of images say, and a server can be tied up with a monster while its turn keeps coming round; the requests dealt to it wait, though a worker next door is free. Least-connections counts what each server still has open and sends the next request to the emptiest one, so work flows around a stuck server.',
    'Servers differ too. When one box has four times the memory of another, weights tell the balancer to send it four times as much. And servers die: a balancer only learns that from its health checks, so a dead server keeps receiving its share, every one of which fails, until the next check takes it out of rotation.',
  ],
  analogy: {
    title: 'The tills on the busiest shopping night',
    paragraphs: [
      'Think of a supermarket on the evening before a big festival. With a single till the queue winds down the aisles. Open eight tills and put one person at the head of the queue whose only job is to point each shopper to a till: that person is the load balancer.',
      'A pointer who simply goes "one, two, three, ..., eight, one, ..." works while every basket is small. The day someone arrives with two overflowing trolleys, the shoppers sent to that till stand still while other tills stand empty. A sharper pointer glances down the lanes and sends each shopper to the shortest one. And if a till closes without anyone telling the pointer, shoppers keep being sent to a closed till until somebody walks past and notices.',
    ],
  },
  figures: [
    { value: '3', label: 'common strategies: round-robin, least-connections and weighted' },
    {
      value: '64 GB vs 16 GB → 4 : 1',
      label: 'weights for mixed hardware: the big server gets four times the traffic (80% of it)',
    },
    {
      value: '1 in 20 requests, 50× heavier',
      label: 'enough here for round-robin’s p99 to be about twice least-connections’',
    },
    {
      value: 'rate × share × time to the next check',
      label:
        'requests a dead server swallows before a health check notices; on least-connections, far more than its share',
    },
    {
      value: 'Nginx · HAProxy · AWS ELB',
      label: 'the most widely used balancers; Netflix routes with its own, Zuul',
    },
  ],
  choices: {
    columns: ['Strategy', 'Best for', 'Watch out for'],
    rows: [
      [
        'Round-robin',
        'Identical servers and requests that all cost about the same',
        'Blind to load: keeps feeding a server that is stuck on a heavy request',
      ],
      [
        'Least-connections',
        'Requests of very different cost; servers that slow down now and then',
        'Tracks open requests per server; a dead server that fails fast looks idle and draws traffic',
      ],
      [
        'Weighted',
        'A fleet of different machine sizes',
        'The weights are set by hand and go stale when the fleet changes',
      ],
      [
        'Random',
        'Many balancers with no shared state',
        'Piles up by chance: worse than taking turns',
      ],
      [
        'Power of two choices (p2c)',
        'Large fleets: nearly as good as least-connections, looking at only two servers',
        'Still random at heart; a little behind least-connections on a small farm',
      ],
    ],
  },
  notice: [
    'Play round-robin, then switch Strategy to least-connections: p99 drops by about half, and light requests gain most.',
    'Watch the chart of requests waiting while a worker elsewhere is idle: round-robin keeps it busy, least-connections keeps it near zero.',
    'Set Heavy share to 0: every strategy does as well as any other when requests cost the same.',
    'Set Weights to 4,1 with 2 servers: weighted sends 80% to the big one; round-robin sends 50% and drowns the small one.',
    'Kill a server while it runs: its state reads "Down, still sent requests" until the next health check. Try it on least-connections.',
  ],
};
