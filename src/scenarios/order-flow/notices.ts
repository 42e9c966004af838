import { defaults, type Params } from '../params';
import { bool, num, str } from '../scenario';
import { disabledParts } from './model';
import { params } from './params';
import { REGIONS, SIZE, TIMES, type Mode } from './parts';

const SCALE_ONLY = ['rps', 'browse', 'abuseRps'] as const;
const DEFAULTS = defaults(params);

/** Remarks on settings that do nothing in this mode, or that a part cannot take. */
export function orderFlowNotices(p: Params): string[] {
  const out: string[] = [];
  const mode = str<Mode>(p, 'mode');
  const off = disabledParts(p);
  if (mode === 'walkthrough') {
    const changed = SCALE_ONLY.filter((n) => num(p, n) !== DEFAULTS[n]);
    if (changed.length > 0)
      out.push(
        `The walkthrough follows your one order on a quiet system, so ${changed.join(', ')} only matter in scale mode.`,
      );
    if (bool(p, 'warmCache') && off.has('cache'))
      out.push(
        'The cache is switched off, so there is nothing to warm: every read goes to a database.',
      );
    return out;
  }
  if (bool(p, 'warmCache'))
    out.push(
      '"Listing already cached" is for the walkthrough; at scale the cache warms up by itself.',
    );
  if (off.has('cdn'))
    out.push(
      'At scale only your own phone fetches the app’s files, so switching off the CDN changes just your waterfall, not the charts.',
    );
  if (off.has('limiter') && num(p, 'abuseRps') === 0)
    out.push(
      'There is no abusive client, so taking away the limiter changes nothing. Give it some orders per second.',
    );
  // The busiest shard's primary: does the order rate alone already fill its connections?
  const india = REGIONS[0]!.weight;
  const writesBusy = (num(p, 'rps') * india * TIMES.primaryWrite) / 1000;
  if (writesBusy > SIZE.primaryConnections)
    out.push(
      `At ${num(p, 'rps')} orders/s the ${REGIONS[0]!.label} primary needs about ${Math.round(writesBusy)} connections busy writing orders and has ${SIZE.primaryConnections}: it is overloaded whatever else you switch.`,
    );
  return out;
}
