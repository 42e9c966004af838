import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'Read replicas copy one database so more machines can answer reads, but every write still has to reach the one primary. When a database can take 5,000 writes a second and the app sends 50,000, copies will not help: the data itself has to be split.',
    'Sharding splits the data into parts and gives each part its own database, a shard. A router looks at each request, works out from its shard key which shard holds that data, and sends it there. Ten shards each taking their own writes give about ten times the write capacity.',
    'The price comes later. A key that is hugely popular still lives on one shard, and that shard fills up while the rest idle. A question about everyone has to ask every shard and wait for the slowest one. And when one more shard is added, data has to be copied across while the system keeps running; how much depends on how keys were placed. That is why teams try caching, replicas, better queries and connection pooling before they shard.',
  ],
  analogy: {
    title: 'One filing cabinet becomes four',
    paragraphs: [
      'A town keeps its voters’ records in a single cabinet at the town hall. The town grows to a million people, and the clerks queue at that one cabinet all day, both to look records up and to file new ones.',
      'So the records are split by surname: A to F in the first cabinet, G to L in the second, M to R in the third, S to Z in the fourth. Each cabinet now gets about a quarter of the lookups and a quarter of the new registrations, and four clerks can work at once. The rule “by the first letter of the surname” is the shard key.',
      'The rule has consequences. If half the town is called Smith, the last cabinet is swamped. Counting everyone who registered last month means opening all four drawers. And buying a fifth cabinet means re-sorting records between them.',
    ],
  },
  figures: [
    {
      value: '5,000 vs 50,000',
      label: 'writes/s one database can take, against what the app needs: at least 10 shards',
    },
    {
      value: 'N/(N+1)',
      label:
        'keys that move when a shard is added with key mod N placement (80% going from 4 to 5)',
    },
    { value: '1/(N+1)', label: 'keys that move with consistent hashing (about 20% from 4 to 5)' },
    { value: 'max of N', label: 'a query across all shards takes as long as its slowest shard' },
    {
      value: '500 writes/s',
      label: 'one shard here, a tenth of the chapter’s database, so every run computes at once',
    },
  ],
  choices: {
    columns: ['Shard key or placement', 'Good for', 'Watch out for'],
    rows: [
      [
        'User id, in ranges',
        'All of one user’s data together; range scans',
        'New users all land on the last shard; re-cutting ranges moves half the data',
      ],
      [
        'Hash of the key, mod N',
        'An even spread with no lookup table',
        'Adding a shard moves nearly every key',
      ],
      [
        'Consistent hashing (a ring)',
        'Adding a shard moves only its own share',
        'Needs many virtual nodes to spread evenly',
      ],
      [
        'Region',
        'Data near its users; regional queries stay on one shard',
        'Regions differ in size, so shards do too',
      ],
      [
        'Tenant (customer)',
        'Each customer isolated on its own shard',
        'One big customer makes one big shard',
      ],
    ],
  },
  notice: [
    'Play the default run: at 8 s a fifth shard joins and 80% of the users move; watch the key map and the extra work on every shard.',
    'Switch Placement to consistent-hash: only a fifth of the users move, and the copy is over in about two seconds.',
    'Set Celebrity share to 0.3: the star’s shard fills up and turns requests away while the others sit half idle.',
    'Pick a shard and press Slow 4×: every cross-shard query now waits for that one shard.',
    'Try Shard key tenant or region with no celebrity: some shards end up far busier than others.',
  ],
};
