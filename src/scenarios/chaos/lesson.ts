import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'Every part of a large system will fail at some point: a machine dies, a disk fills up, a whole cloud region loses power. The question is never whether, only whether users notice. Netflix answered it by breaking its own servers on purpose, with a tool called Chaos Monkey that switches off random production machines during working hours, while the engineers who can fix things are at their desks.',
    'Surviving a dead machine takes several habits working together. Spare instances behind a load balancer, so one loss is not an outage. Health checks, so the balancer stops sending work to the corpse. Clients that give up on a slow answer and try again. And, for the day a whole region goes dark, DNS that steers its users to another region. Netflix can move a region’s traffic in minutes; this page lets you watch those minutes go by, and count the errors they cost.',
    'Caches help in a quieter way. A copy on the phone, at the CDN edge or beside the application can answer without the part that just died. Netflix layers all three, which is why a show you pause often restarts without asking its servers anything.',
    'Reliability is measured in nines: 99.9% of requests answered is three nines. A target (an SLO) turns that into an error budget: the errors you can afford over a period. Spend it slowly and you can ship changes; burn through it and the target is already lost, whatever happens next.',
  ],
  analogy: {
    title: 'A fire drill at lunchtime',
    paragraphs: [
      'A school that only discovers its fire exits are blocked during a real fire has learned the lesson too late. So it holds drills: on an ordinary day, with teachers on hand, the alarm rings and everyone finds out what sticks.',
      'Chaos engineering is the drill for software. A weakness found on a weekday afternoon, with the whole team at their desks, is cheap to fix. The same weakness found in the small hours of a holiday, with every user online and the team asleep, is not.',
    ],
  },
  figures: [
    { value: '99.9% = 43 min', label: 'of downtime allowed in a 30-day month at three nines' },
    {
      value: '99.99% = 4.3 min',
      label: 'a month at four nines; five nines leave about 26 seconds',
    },
    {
      value: 'minutes',
      label: 'for DNS failover: health checks must agree, then cached answers expire',
    },
    {
      value: 'device · CDN · app',
      label: 'cache layers that can answer while the servers behind them are down',
    },
    {
      value: '250 million',
      label: 'Netflix subscribers in 190 countries, served by a system built to lose parts',
    },
  ],
  choices: {
    columns: ['Habit', 'What it saves you from', 'What it costs'],
    rows: [
      ['Spare instances', 'one dead machine stopping a region', 'machines that mostly sit idle'],
      [
        'Health checks',
        'requests sent to a dead instance for ever',
        'a few seconds of errors before each check',
      ],
      [
        'Timeouts and retries',
        'an unlucky request failing outright',
        'extra load; a short timeout can start a storm',
      ],
      [
        'Regional failover',
        'a whole region going dark',
        'minutes to detect and spread, and room elsewhere',
      ],
      ['Layered caches', 'every request needing the servers', 'answers that may be a little old'],
    ],
  },
  notice: [
    'Press Play at 60×: the monkey strikes about once a minute, and with retries almost nobody notices.',
    'Watch Virginia go dark at 3:00. New York’s DNS line moves to Frankfurt only after the health checks give up, then the move spreads over the DNS TTL.',
    'The error budget is gone within a minute of the outage: at three nines, ten minutes at 30 requests a second allow only 18 errors. With failover off the errors never stop, and the scoreboard counts how many times over the budget is spent.',
    'Turn the cache layers off and take a region down: the survivors fill up, and retries with a short timeout make it worse.',
  ],
};
