import type { Lesson } from '../../ui/lesson/lesson';

export const lesson: Lesson = {
  idea: [
    'Before an app can send the database a single query, it needs a connection: a network handshake, usually encryption, a login check, and on PostgreSQL a fresh server process on the other side. That costs 20 to 50 ms, often more than the query itself. An app that connects for every request pays it every time.',
    'A pool opens connections once and keeps them. A request borrows an open one, runs its query and hands it back; the next request takes the same connection at no cost. Here, switching the pool on takes one connect out of every request: the mean drops by about 35 ms, a little over a third, which is the 30-40% that teams typically report.',
    'The pool size is the lever, and it cuts both ways. Too small, and every connection is lent out at once: requests queue inside the app, waits stretch, and after the wait timeout they fail. Too large, and the pool no longer shields the database. A database has a fixed number of cores; once more queries run than it has cores they share them and get in each other’s way, so it finishes fewer queries per second just as more arrive. It also accepts only so many connections (PostgreSQL ships with 100); attempts beyond that are refused.',
    'The model here: up to the core count, each query runs at full speed. Past it, each query gets cores ÷ running of a core, and every query beyond the cores slows all of them by another 2% (switching, locks, caches). With 16 cores and 100 queries running, each goes at about 6% of full speed and together they get through only about 37% of the work that 16 queries did.',
  ],
  analogy: {
    title: 'Taxis at the hotel door',
    paragraphs: [
      'Without a pool, every guest who needs a ride phones the depot and waits for a car to drive across town before the trip can even start. The trip is short; the wait for the car is most of it.',
      'With a pool, the hotel keeps a rank of taxis at the door. A guest steps into one that is waiting, rides, and the taxi comes back to the rank for the next guest. Keep too few and a line forms at the door. Send for too many and they jam the one narrow street every trip uses, so each ride crawls; and the car park at the far end (the connection limit) turns the extra cars away.',
    ],
  },
  figures: [
    { value: '20-50 ms', label: 'to open one database connection (35 ms on average here)' },
    { value: '30-40%', label: 'less latency with a pool; here 97 ms becomes 62 ms' },
    { value: 'rate × query time', label: 'connections busy on average: 1,000/s × 11 ms ≈ 11' },
    { value: '100', label: 'connections PostgreSQL accepts unless told otherwise' },
  ],
  choices: {
    columns: ['Approach', 'Fits when', 'Watch for'],
    rows: [
      [
        'Connect per request',
        'A script or batch job that runs a few queries now and then',
        'A connect on every request; at high traffic, a flood of connections and refusals',
      ],
      [
        'Pool inside each app process',
        'A handful of long-running app servers',
        'Pools add up: 30 servers × 20 connections is already 600, far past 100',
      ],
      [
        'Shared pooler (PgBouncer, Supavisor)',
        'Many app servers or short-lived serverless functions',
        'One more part to run and watch; some session features are off in transaction mode',
      ],
    ],
  },
  notice: [
    'Switch the pool off: dots now circle the pool while each request’s own connection opens, and the mean climbs by about 35 ms.',
    'Watch “Connections opened per second”: with the pool it spikes for the first instant, then stays at zero.',
    'Set Pool size to 9: the line above the pool grows until requests give up at the wait timeout.',
    'Set Arrival rate to 1,300 and Pool size to 200: far more queries run than there are cores, each one crawls, and past 100 connections the database refuses the rest.',
    'Kill the database mid-run: queries in flight fail, the pool loses every connection, and after the restart it must open them all again.',
  ],
};
