import type { Player } from '../../player/store';
import { formatMs } from '../../ui/controls/formatNumbers';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { gaugeName } from './figures';
import { readLive } from './live';

/** The number this chapter is about, big: how long the person placing an order waits. */
export function WaitBanner({ player }: { player: Player }) {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  const live = readLive(layout, frame);
  const lat = frame?.latency;
  const has = !!lat && lat.count > 0;
  const failed = frame ? frame.failed + frame.timedOut + frame.rejected : 0;
  const last = live.gauge(gaugeName.lastWait);
  return (
    <div className="mq-wait">
      <p>
        <span className="mq-wait-label">The customer waits</span>{' '}
        <strong className="mq-wait-big" data-figure="wait-p50">
          {has ? formatMs(lat.p50) : '–'}
        </strong>{' '}
        <span className="mq-wait-label">median so far</span>
      </p>
      <p className="mq-wait-more">
        p99 <span data-figure="wait-p99">{has ? formatMs(lat.p99) : '–'}</span> · latest order{' '}
        {Number.isFinite(last) ? formatMs(last) : '–'}
        {failed > 0 && (
          <>
            {' '}
            ·{' '}
            <strong className="mq-failed" data-figure="failed">{`${failed} orders failed`}</strong>
          </>
        )}
      </p>
    </div>
  );
}
