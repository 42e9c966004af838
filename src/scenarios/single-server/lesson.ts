import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'A server can only work on so many requests at once. While it has a free worker, a request is answered in about its service time. Once every worker is busy, new requests wait in line, and the line is where time goes.',
    'Waiting does not grow gently. At half of capacity a request barely waits; at nine tenths it waits about nine service times; past capacity the line grows for as long as the surge lasts. The same code that answered in 200 ms now answers in seconds, and then the line is full and people get error pages instead.',
    'Nothing in the code changed. The number of people using it did. Finding which part saturates first, before your users find it for you, is what the rest of these simulations are about.',
  ],
  analogy: {
    title: 'A stall with one pair of hands',
    paragraphs: [
      'Picture a juice stall run by one person. With a customer every few minutes there is never a line: each one is served in the time it takes to squeeze a glass.',
      'Then the stall goes viral. Customers arrive faster than glasses can be squeezed, so the line grows with every minute. The recipe is as good as ever; the stall is simply one person wide. Opening more stalls, sharing out the work and keeping a few glasses ready are the kinds of changes that help, and each has its own page here.',
    ],
  },
  figures: [
    { value: '100 → 100,000', label: 'users after a launch or a viral post' },
    { value: '200 ms → 12 s', label: 'the same request once the line forms' },
    {
      value: 'workers ÷ service time',
      label: 'the most a server can finish per second (8 ÷ 0.2 s = 40/s here)',
    },
    {
      value: '1 / (μ − λ)',
      label: 'mean time in a one-worker queue: it explodes as arrivals λ approach capacity μ',
    },
  ],
  notice: [
    'Slide Users from 100 to 1,000: watch p99 climb from under a second to over ten.',
    'Push on to 10,000: the queue fills, and most people now get an error page at once.',
    'Try Traffic shape "spike": the line that builds in 12 seconds takes far longer to drain.',
    'Kill the server mid-run: everything it held fails, and every new request fails too until it is back.',
  ],
};
