import type { RunResult } from '../run';
import type { Exercise } from '../teaching';
import { readBudget } from './results';

const off = (p: Record<string, unknown>) => (p.disable as readonly string[] | undefined) ?? [];
const customerOrders = (r: RunResult) =>
  (r.customers as { orders: { errorShare: number; sent: number } } | undefined)?.orders;
const readsOnPrimaries = (r: RunResult) =>
  (r.database as { readsOnPrimaries: number } | undefined)?.readsOnPrimaries ?? 0;

export const exercises: Exercise[] = [
  {
    id: 'lean-and-fast',
    prompt: 'Confirm an order in under 2 seconds with both the CDN and the cache switched off.',
    hint: 'Which parts are really keeping you under the line?',
    check: (r, p) => {
      const b = readBudget(r);
      const o = off(p);
      return o.includes('cdn') && o.includes('cache') && b !== null && b.underTwoSeconds;
    },
  },
  {
    id: 'break-the-promise',
    prompt: 'Break the 2-second promise with a single switch, while the order still goes through.',
    hint: 'Which part lets the order service stop waiting?',
    check: (r, p) => {
      const b = readBudget(r);
      return off(p).length === 1 && b !== null && b.outcome === 'ok' && b.totalMs >= 2000;
    },
  },
  {
    id: 'shrug-off-abuse',
    prompt:
      'In scale mode, with an abusive client at 2,000 orders a second or more, keep customers’ failed orders under 1%.',
    hint: 'Something in front of the order endpoint has to say no.',
    check: (r, p) => {
      const o = customerOrders(r);
      return (
        p.mode === 'scale' &&
        (p.abuseRps as number) >= 2000 &&
        o !== undefined &&
        o.sent > 0 &&
        o.errorShare < 0.01
      );
    },
  },
  {
    id: 'reads-on-primary',
    prompt:
      'At scale, find the one switch that makes the primaries answer reads, and see what it costs.',
    hint: 'Where do reads go when there is no copy to ask?',
    check: (r, p) => p.mode === 'scale' && off(p).length === 1 && readsOnPrimaries(r) > 0,
  },
];
