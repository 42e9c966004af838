import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'A public API can be asked for more than it can give. One client is enough: a partner whose retry loop has a bug, a scraper copying your catalogue, or an attacker flooding you on purpose. Everyone shares the same server, so everyone waits behind the flood, and once the waiting line is full, ordinary users get errors for something they never did.',
    'A rate limiter stands in front of the server and keeps a count for each client. Within its allowance a request passes untouched. Past it, the limiter answers straight away with 429 Too Many Requests: a refusal that costs almost nothing and never reaches the server, so the capacity stays with the clients who keep to their share. It is as much about cost (each request to an AI model is paid for) as about abuse.',
    'How the limiter counts decides what slips through. A fixed window keeps one counter that restarts on the clock, so a client can use up one window just before the restart and the next just after. A sliding window keeps the time of every request it let in and never allows more than the limit in any stretch of that length, which is exact but costs memory. A token bucket lets a quiet client save up for a burst and then holds it to a steady average. A leaky bucket, drawn here as a queue, lets requests out at an even pace and makes bursts wait their turn.',
  ],
  analogy: {
    title: 'The rope at the club door',
    paragraphs: [
      'A busy club puts a rope across the door and a doorkeeper beside it who lets in only so many people a minute. Someone who has already come and gone more often tonight than the house allows is told to try again later. It is not a judgement on them: the room holds so many, and everyone else in the queue came for the night too.',
      'Doorkeepers count in different ways. One watches the clock and starts afresh each minute, so a group can get five in at 10:59:59 and five more at 11:00:01. Another keeps a notebook of arrival times and always counts the last sixty seconds. A third hands out wristbands at a steady pace and lets you spend the ones you saved. The last lines everyone up and waves people through one at a time, as evenly as a metronome.',
    ],
  },
  figures: [
    {
      value: '200 in 2 s',
      label:
        'what a 100-per-minute fixed window lets through: 100 at 11:59:59, 100 more at 12:00:01',
    },
    { value: '429', label: 'Too Many Requests: the answer a turned-away request gets at once' },
    { value: '≤ 2 × limit', label: 'the most a fixed window passes within any one window length' },
    {
      value: 'C + R × t',
      label: 'the most a token bucket (size C, refill R a second) passes in any t seconds',
    },
    { value: '100 reads/s', label: "a payments API's limit per account in live mode (Stripe)" },
    {
      value: '3 → 10,000 per minute',
      label: "an AI API's GPT-4 limit, from its free tier to its top tier (OpenAI)",
    },
  ],
  choices: {
    columns: ['Algorithm', 'Good at', 'Watch out for'],
    rows: [
      [
        'Fixed window',
        'One counter per client: cheap, and easy to share between servers',
        'Up to twice the limit around each restart of the clock',
      ],
      [
        'Sliding window (log)',
        'Exact: never more than the limit in any window',
        'Remembers every admitted request of the last window, for every client',
      ],
      [
        'Token bucket',
        'Lets saved-up bursts through while holding the average',
        'A full bucket is a burst the server must absorb: size it for the server',
      ],
      [
        'Leaky bucket (queue)',
        'An even stream to the server, whatever the clients do',
        'Bursts wait in line, so their latency grows; a full bucket still turns people away',
      ],
    ],
  },
  notice: [
    "Set Algorithm to none: when the attack starts at 10 s, the steady users' p99 and errors jump with it.",
    "With a fixed window, watch the bursty job's timeline: requests on both sides of the window line all get through.",
    'Press Compare: the same traffic through a fixed and a sliding window, side by side.',
    'Slow the server 4x during the attack, first with a limiter, then with none.',
    "Try the leaky bucket: the server sees no bursts at all, but look at the bursty job's waiting time.",
  ],
};
