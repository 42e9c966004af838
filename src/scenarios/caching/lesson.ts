import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'Most of what a busy site reads, it has read before. The same product page, the same profile, the same list of trending posts is asked for again and again, and without a cache the database works out the identical answer every time, each query waiting behind the last.',
    'A cache keeps recent answers in memory beside the app. A read looks there first. A hit comes back in a fraction of a millisecond; a miss goes on to the database, and the answer is stored on the way back for whoever asks next. Because a handful of keys draw most of the requests, a cache holding a small slice of the data can answer most of the reads.',
    'The price is freshness. A stored answer does not change when the database does, so the cache needs a rule for letting go: after a fixed time, on every write, or by rewriting the entry as part of each write. Every rule gives up something: some speed on writes, some extra machinery, or some reads that come back out of date.',
  ],
  analogy: {
    title: 'A note on the fridge',
    paragraphs: [
      'Someone asks when the dentist appointment is. You open the calendar, scroll back and forth and find it: Tuesday, 3 pm. When they ask again an hour later, you do not scroll again. You remember.',
      'Better still, write it on a sticky note on the fridge, and the whole household reads the note instead of the calendar. The note is the cache and the calendar is the database. And if the appointment moves, somebody has to fix the note as well, or everyone turns up on the wrong day: that is the invalidation problem.',
    ],
  },
  figures: [
    { value: '0.1–0.5 ms', label: 'one lookup in an in-memory cache such as Redis' },
    { value: '5–50 ms', label: 'one typical database query' },
    {
      value: 'about 100×',
      label: 'how much faster a hit is than a miss (0.2 ms against 20 ms here)',
    },
    {
      value: 'up to 99%',
      label: 'of database reads taken away, for popular data that rarely changes',
    },
  ],
  choices: {
    columns: ['Policy', 'Suits', 'Costs'],
    rows: [
      [
        'Time to live (TTL)',
        'Data that may be a little old: a catalogue (an hour), a session (15 minutes), a price (seconds)',
        'Reads can be out of date for up to the TTL; popular entries expire and refill in a rush',
      ],
      [
        'Write-through',
        'Data read soon after it is written, where an old value would confuse',
        'Every write also waits for the cache',
      ],
      [
        'Invalidate on write',
        'Data that must be fresh, such as a profile someone just edited',
        'More machinery (an event per write); the next read after a write misses',
      ],
      [
        'No cache',
        'Data that must never be old, like a bank balance, or that is rarely read twice',
        'Every read costs a database query',
      ],
    ],
  },
  notice: [
    'Press play and watch the hit ratio climb: the cache starts empty, so the first second is mostly misses.',
    'Pick "No cache": every read lands on the database, its line fills, and answers take seconds instead of a fraction of a millisecond.',
    'With TTL, watch "Stale reads so far": after a write, the old value is served until the entry expires.',
    'Kill the cache mid-run: every read falls through at once, and the database that coped a moment ago is swamped.',
    'At 2,000 requests a second, the hottest key\'s database reads spike each time it expires; "Coalesce misses" flattens the spikes.',
  ],
};
