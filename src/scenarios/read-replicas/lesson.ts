import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'Most of what a database does is answer questions rather than change the answers. People look at their balance, browse and search far more often than they move money or buy something: ten reads for every write is ordinary. A read replica is a complete copy of the database that only answers reads. The primary still takes every write and passes each one on to the copies.',
    'Since every copy holds all the data, any copy can answer any read, so reads divide evenly among them and read capacity grows with the number of copies: five replicas answer about five times what one can. Writes do not divide. Each one still lands on the primary, so replicas rescue read-heavy systems and do nothing for write-heavy ones. (Here reads go only to the replicas, unless read-your-writes sends them to the primary or no replica is up.)',
    'The copies are always a little out of date. A write reaches each replica some time after the primary has it, usually well under a second: the replication lag. Mostly nobody notices. But someone who has just moved money and opens their balance may be answered by a replica that has not heard of the transfer yet, and see the money still sitting there.',
    'Two remedies are common. Read your own writes: for a short while after someone writes, send their reads to the primary. Synchronous replication: the primary confirms a write only once the replicas have it, so no one can read anything older, but every write now waits for the slowest replica. Lag also decides what a crash costs: when the primary dies and a replica is promoted, writes the old primary had confirmed but not yet passed on are gone, unless replication was synchronous.',
  ],
  analogy: {
    title: 'Ten copies of the textbook',
    paragraphs: [
      'A college library keeps the official copy of a course textbook, the one where corrections are made. In exam week hundreds of students want it, so instead of making them queue for one book, the library puts ten photocopies on the shelf. Any student can take any copy; they all say the same thing, and ten copies serve ten times the readers.',
      'When a correction comes in, the librarian marks up the official copy first and then walks round updating the photocopies. For a little while a student with a photocopy reads the old page. Most never notice, but the student who reported the mistake and comes straight back to check it is baffled to find it still there, unless the librarian hands that student the official copy. And if the official copy is lost before her round, the corrections she had not yet copied are lost with it.',
    ],
  },
  figures: [
    { value: '10 : 1', label: 'reads to writes in a typical application (the default here)' },
    {
      value: '5 replicas ≈ 5× reads',
      label: 'each copy here answers up to 400 reads/s flat out (4 workers, 10 ms a read)',
    },
    { value: '< 1 s', label: 'typical replication lag (200 ms here, drifting per replica)' },
    {
      value: '1 primary',
      label: 'takes every write however many replicas there are: about 270 writes/s here',
    },
  ],
  choices: {
    columns: ['Setting', 'What users see', 'What it costs'],
    rows: [
      [
        'Async replication',
        'Old data for a moment after any write; your own transfer can seem missing',
        'Nothing on writes; a crash loses the writes not yet copied',
      ],
      [
        'Async + read your own writes',
        'Your own changes always show; other people can still see old data',
        'Extra reads on the primary during the pin time',
      ],
      [
        'Sync replication',
        'Nothing stale, ever',
        'Every write waits for the slowest replica; a crash loses nothing confirmed',
      ],
      [
        'More replicas',
        'Fast reads under heavier read load',
        'No help for writes; under sync, one more copy to wait for',
      ],
    ],
  },
  notice: [
    'Under each replica, "behind by" says how many of the primary’s latest writes it has not got yet.',
    'The balance panel follows one user’s transfer and the balance check right after it: with async replication it often shows the old balance.',
    'Turn on "Read your own writes": the balance panel goes fresh, yet stale reads do not drop to zero.',
    'Switch Replication to sync: stale reads vanish and write p99 climbs by about the slowest replica’s lag.',
    'Under sync the replicas still trail the primary, but only by writes nobody has been told about yet.',
    'Kill the primary: writes fail until a replica is promoted, and "Lost writes" counts what async cost. The longer the lag, the more is lost.',
    'Slow one replica 4×: its lag grows fourfold, and under sync every write now waits for it.',
  ],
};
