/**
 * The chapter's cheat sheet (problem, solution, key technology), each row tied to the
 * simulation that shows it: one link opens a preset where the problem bites, the other the
 * same run with the fix. Presets are plain link queries, checked by rows.test.ts.
 */
export interface CheatRow {
  problem: string;
  solution: string;
  technology: string;
  scenario: string;
  /** Query for the run that shows the problem. */
  problemQuery: string;
  /** The same run with the fix. */
  fixQuery: string;
  /** What to look at when the two are opened one after the other. */
  watch: string;
}

export const CHEAT_ROWS: readonly CheatRow[] = [
  {
    problem: 'One server cannot take all the traffic',
    solution: 'Load balancing',
    technology: 'Nginx, HAProxy, AWS ALB',
    scenario: 'load-balancing',
    problemQuery: 'servers=1&strategy=least-connections&seed=7',
    fixQuery: 'servers=4&strategy=least-connections&seed=7',
    watch: 'Errors and p99 with one server, then the same traffic spread over four.',
  },
  {
    problem: 'The same data is computed again and again',
    solution: 'Caching',
    technology: 'Redis, Memcached',
    scenario: 'caching',
    problemQuery: 'policy=none&seed=7',
    fixQuery: 'policy=ttl&seed=7',
    watch: 'Database reads per second and the median response time.',
  },
  {
    problem: 'Users far from the servers wait long',
    solution: 'CDN',
    technology: 'Cloudflare, CloudFront, Akamai',
    scenario: 'cdn',
    problemQuery: 'cdn=false&seed=7',
    fixQuery: 'cdn=true&seed=7',
    watch: "Mumbai's and Sydney's round trips in the city table.",
  },
  {
    problem: 'Synchronous work slows every response',
    solution: 'Message queues',
    technology: 'Kafka, RabbitMQ, AWS SQS',
    scenario: 'message-queues',
    problemQuery: 'mode=sync&emailDown=true&seed=7',
    fixQuery: 'mode=kafka&emailDown=true&seed=7',
    watch: "The customer's wait, and what happens to orders while email is down.",
  },
  {
    problem: 'The database cannot keep up with reads',
    solution: 'Read replicas',
    technology: 'PostgreSQL streaming replication',
    scenario: 'read-replicas',
    problemQuery: 'replicas=1&rps=3000&writeRatio=0.05&seed=7',
    fixQuery: 'replicas=5&rps=3000&writeRatio=0.05&seed=7',
    watch: 'Reads answered per second and the replicas’ load.',
  },
  {
    problem: 'The database cannot keep up with writes',
    solution: 'Sharding',
    technology: 'Vitess, CockroachDB, Citus',
    scenario: 'sharding',
    problemQuery: 'shards=1&addShardAtS=0&seed=7',
    fixQuery: 'shards=4&addShardAtS=0&seed=7',
    watch: 'Writes finished per second and the errors when one shard takes them all.',
  },
  {
    problem: 'Opening database connections costs every request',
    solution: 'Connection pooling',
    technology: 'PgBouncer, Supavisor',
    scenario: 'connection-pooling',
    problemQuery: 'pool=off&seed=7',
    fixQuery: 'pool=on&seed=7',
    watch: 'Mean latency falls by about one connect time.',
  },
  {
    problem: 'Malicious or excessive traffic',
    solution: 'Rate limiting',
    technology: 'Redis-based limiters, Cloudflare WAF',
    scenario: 'rate-limiting',
    problemQuery: 'algorithm=none&attackerRps=2000&seed=7',
    fixQuery: 'algorithm=sliding-window&attackerRps=2000&seed=7',
    watch: "The steady users' p99 and errors while the attacker floods.",
  },
  {
    problem: 'You need the same answer everywhere (consistency)',
    solution: 'CP architecture',
    technology: 'Google Spanner, CockroachDB',
    scenario: 'cap',
    problemQuery: 'mode=ap&partition=isolate-mumbai&seed=7',
    fixQuery: 'mode=cp&partition=isolate-mumbai&seed=7',
    watch: 'Stale reads during the partition: some with AP, none with CP.',
  },
  {
    problem: 'You need to keep answering (availability)',
    solution: 'AP architecture',
    technology: 'DynamoDB, Cassandra',
    scenario: 'cap',
    problemQuery: 'mode=cp&partition=isolate-mumbai&seed=7',
    fixQuery: 'mode=ap&partition=isolate-mumbai&seed=7',
    watch: 'Availability during the partition: refusals with CP, every request answered with AP.',
  },
];
