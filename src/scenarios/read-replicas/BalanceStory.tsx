import { formatLatency } from '../../ui/charts';
import { formatCount, formatPercent } from '../../ui/controls/formatNumbers';
import { G } from './gauges';
import { memberLabel } from './layout';
import type { GaugeReader } from './useGauges';

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The chapter's banking story, live: the latest user who moved money and then opened their
 * balance, where that read was answered, and whether it showed the transfer.
 */
export function BalanceStory({ read, primary }: { read: GaugeReader; primary: number }) {
  const checks = read(G.checks);
  const misses = read(G.checkMisses);
  const client = read(G.checkClient);
  const tally =
    checks > 0
      ? `So far ${formatCount(misses)} of ${formatCount(checks)} balance checks (${formatPercent(misses / checks)}) missed the user’s own transfer.`
      : '';
  if (!(client >= 0)) {
    return (
      <section className="rr-story" aria-label="Balance after a transfer">
        <h3>Balance after a transfer</h3>
        <p className="muted">Waiting for the first transfer and the balance check after it…</p>
      </section>
    );
  }
  const member = read(G.checkMember);
  const fresh = read(G.checkFresh) === 1;
  const where = member === primary ? 'the primary' : memberLabel(member, primary);
  const behind = read(G.checkBehindMs);
  return (
    <section className="rr-story" aria-label="Balance after a transfer">
      <h3>Balance after a transfer</h3>
      <p>
        User #{client} moved money; the transfer was confirmed at {secs(read(G.checkWriteAt))}. At{' '}
        {secs(read(G.checkReadAt))} their balance page was read from {where}
        {behind > 0 ? `, which was ${formatLatency(behind)} behind` : ''}.
      </p>
      <p
        className={`rr-verdict ${fresh ? 'is-fresh' : 'is-stale'}`}
        data-verdict={fresh ? 'fresh' : 'stale'}
      >
        <span aria-hidden="true">{fresh ? '✓' : '✗'}</span>{' '}
        {fresh
          ? 'It showed the new balance.'
          : 'It showed the old balance, as if the transfer had never happened.'}
      </p>
      {tally && <p className="muted">{tally}</p>}
    </section>
  );
}
