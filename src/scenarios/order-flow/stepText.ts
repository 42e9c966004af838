import { JOBS, REGIONS, type JobId } from './parts';

/** What the walkthrough says about one step: a short title and a sentence or two. */
export interface StepWords {
  title: string;
  text: string;
}

const YOUR_REGION = REGIONS[0]!.label;

const jobOf = (id: string) => JOBS.find((j) => j.id === id);

/** Words for every step id the budget can produce (the same ids in both modes). */
const WORDS: Record<string, StepWords> = {
  'files:edge': {
    title: 'The app’s files arrive from a nearby edge',
    text: 'Before it can show anything, your phone needs the app’s code, styles and pictures. A CDN keeps copies on an edge server in your own city, so they arrive in about 50 ms instead of crossing the country.',
  },
  'files:origin': {
    title: 'The app’s files come all the way from the data centre',
    text: 'With the CDN switched off there is no copy nearby: the files cross the mobile network to the data centre and back, more than twice the time an edge needs.',
  },
  'browse:uplink': {
    title: 'Your request travels to the data centre',
    text: '“Restaurants near me” leaves your phone and crosses the mobile network. Distance and radio, not servers, are the biggest single cost of the whole trip.',
  },
  'browse:balancer': {
    title: 'The load balancer picks a server',
    text: 'One address, eight identical app servers behind it: the balancer hands your request to the server with the fewest requests in hand.',
  },
  'browse:app': {
    title: 'An app server takes your request',
    text: 'It checks who you are and works out your neighbourhood, the key for everything it looks up next.',
  },
  'browse:cache': {
    title: 'The server asks the cache first',
    text: 'Working out the restaurants near you takes a database query, and the answer changes slowly, so the server first asks an in-memory cache. A hit ends the search here, in half a millisecond; a miss means the database.',
  },
  'browse:shard': {
    title: `The shard router picks the ${YOUR_REGION} shard`,
    text: `Restaurants are split across databases by region. Your location says ${YOUR_REGION}, so the router sends the query to that shard and no other.`,
  },
  'browse:replica': {
    title: 'A read replica runs the query',
    text: 'Inside the shard, copies of the database take the reads, so its primary stays free for orders. The nearby-restaurants query is the slowest step inside the data centre.',
  },
  'browse:primary': {
    title: 'The primary has to run the read itself',
    text: 'With the replicas switched off there is no copy to ask: the read queues on the same database that must also write every order.',
  },
  'browse:cache#2': {
    title: 'The answer goes into the cache',
    text: 'Before replying, the server keeps the list in the cache for a few seconds, so the next person nearby gets a hit instead of a query.',
  },
  'browse:downlink': {
    title: 'The list comes back to your phone',
    text: 'The answer crosses the mobile network again, and you see the restaurants near you.',
  },
  'order:uplink': {
    title: 'You tap “Place order”',
    text: 'The order makes the same trip over the mobile network to the data centre.',
  },
  'order:balancer': {
    title: 'The balancer picks a server again',
    text: 'Any app server will do: none of them keeps anything about you between requests, which is why the balancer is free to choose.',
  },
  'order:app': {
    title: 'An app server takes the order',
    text: 'It sees a write to the order endpoint and sends it down the order path.',
  },
  'order:limiter': {
    title: 'The rate limiter counts your orders',
    text: 'In front of the order endpoint, the limiter keeps a bucket of tokens for each customer. You have plenty; a client firing hundreds of orders a second would be turned away right here with a 429.',
  },
  'order:orders': {
    title: 'The order service checks the order',
    text: 'Is the restaurant open, is the basket valid, is the price right? Only then does anything get written.',
  },
  'order:shard': {
    title: `To the primary of the ${YOUR_REGION} shard`,
    text: 'An order is a write, and writes go to the one copy allowed to change data: the shard’s primary.',
  },
  'order:primary': {
    title: 'The primary writes the order',
    text: 'One transaction creates the order and takes the payment. This is the write the whole journey exists for, and the replicas copy it a moment later.',
  },
  'order:log': {
    title: 'The “order placed” event goes on the log',
    text: 'The order service appends one event to a Kafka-style log and waits only until the log has it. Everything the event sets off happens without you waiting.',
  },
  'order:downlink': {
    title: 'Order confirmed',
    text: 'The confirmation travels back over the mobile network and your phone shows it.',
  },
};

/** The words for a step id; the four jobs read differently on the way and after it. */
export function stepWords(id: string, after = false): StepWords {
  const w = WORDS[id];
  if (w) return w;
  const job = jobOf(id.split(':')[1] ?? '');
  if (job && after)
    return {
      title: `${job.label} service ${job.does}`,
      text: `It read the event from the log with its own consumers and acts on it in its own time. You already have your confirmation; if it were slow or down, the event would simply wait for it in the log.`,
    };
  if (job)
    return {
      title: `The order service waits: ${job.label.toLowerCase()} ${job.does}`,
      text: `With no log in between, the order service calls the ${job.label.toLowerCase()} service itself and waits for its answer before going on. You wait too.`,
    };
  return { title: id, text: '' };
}

export const jobLabel = (id: JobId): string => jobOf(id)?.label ?? id;

/** What each part is called on a bar of the waterfall (short: the bar's label has little room). */
const PART_LABELS: Record<string, string> = {
  edge: 'Files from the edge',
  origin: 'Files from the data centre',
  uplink: 'Mobile network, up',
  downlink: 'Mobile network, down',
  balancer: 'Load balancer',
  app: 'App server',
  cache: 'Cache',
  shard: 'Shard router',
  replica: 'Read replica',
  primary: 'Primary',
  limiter: 'Rate limiter',
  orders: 'Order service',
  log: 'Event log',
};

/** A bar's short label: "Cache (fill)" for a part's second turn in the same leg. */
export function shortLabel(id: string): string {
  const [, rest = ''] = id.split(':');
  const [part = '', turn] = rest.split('#');
  const job = jobOf(part);
  const name = PART_LABELS[part] ?? (job ? job.label : part);
  if (part === 'cache' && turn) return 'Cache (fill)';
  return turn ? `${name} (again)` : name;
}
