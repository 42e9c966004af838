import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'Every earlier page took one idea on its own. A real product uses all of them at once, and the easiest way to see why each is there is to follow one order through a food-delivery app, from the tap that opens it to the screen that says the food is on its way.',
    'The trip has three legs. The app’s own files come from a CDN edge in your city. “Restaurants near me” goes to the data centre, where a load balancer picks a server, the server asks a cache, and only on a miss does a query reach a read replica of the one shard that holds your region. Then you tap “Place order”: a rate limiter checks you are not flooding the endpoint, the order is written on the shard’s primary, one event goes on a log, and you get your confirmation.',
    'What you never wait for matters as much as what you do. The kitchen, the rider search, the dashboards and the cashback all read that event in their own time. Add up the bars of the waterfall and the whole trip is a few hundred milliseconds, far inside the two seconds people tolerate. Then switch a part off, here or in a rush of thousands of orders a second, and watch which bar grows or which part gives way.',
  ],
  analogy: {
    title: 'A restaurant that seats hundreds on a Saturday',
    paragraphs: [
      'The menu is printed and waiting on every table (the CDN). A host at the door sends each party to a free waiter (the balancer). Waiters answer the common questions from memory (the cache) and only walk to the office for the rare one (the database), and each floor has its own office (the shards), with copies of the books for looking things up (the replicas) and one ledger where orders are entered (the primary).',
      'When you order, the waiter pins a ticket on the rail and comes straight back to you (the log). The kitchen, the runner, the manager counting covers and the loyalty desk each take the ticket from the rail when they are ready. And someone at the door stops the one customer who tries to order two hundred dishes a minute (the rate limiter).',
    ],
  },
  figures: [
    { value: '~50 ms', label: 'the app’s files from an edge server in your own city' },
    { value: '0.5 ms', label: 'a cache hit for the restaurants near you' },
    { value: '5–50 ms', label: 'a typical database query: the cost of a cache miss' },
    {
      value: 'under 2 s',
      label: 'tap to “Order confirmed”, the whole round trip, when every part does its job',
    },
    {
      value: '3–4 s or worse',
      label: 'the same order when the API calls every follow-up job itself and waits',
    },
    {
      value: '4 consumers',
      label: 'restaurant, delivery, analytics and loyalty, each reading the same event',
    },
  ],
  choices: {
    columns: ['Take out', 'What changes for one order', 'What happens in a rush'],
    rows: [
      [
        'CDN',
        'The files cross the mobile network: +~80 ms',
        'Nothing here: only your phone loads files',
      ],
      [
        'Cache',
        'A small bar becomes a replica query on every visit',
        'Every read lands on a replica; they fill up and reads start failing',
      ],
      [
        'Read replicas',
        'The read runs on the primary instead',
        'Reads and writes queue on the same primaries; orders slow and fail',
      ],
      [
        'Rate limiter',
        'One bar less (1 ms saved)',
        'One abusive client takes the primaries’ connections from everybody',
      ],
      [
        'Event log',
        'You wait for all four jobs: well over 2 s',
        'App servers are held for seconds per order and run out for everyone',
      ],
    ],
  },
  notice: [
    'Press Next to walk the order one step at a time; the part and the wire of each step light up.',
    'Read the waterfall: the mobile network, not the servers, is the biggest cost of the trip.',
    'Switch off the event log in the walkthrough: the order waits for the rider search and breaks the 2 s line.',
    'Switch Mode to scale, then switch off the cache: the replicas fill and browsing starts failing.',
    'At scale, switch off the rate limiter: one abusive client drags every customer’s orders down with it.',
  ],
};
