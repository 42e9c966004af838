import type { Player } from '../../player/store';
import { FailurePanel } from './FailurePanel';
import { OrderDiagram } from './OrderDiagram';
import { QueueCharts } from './QueueCharts';
import { WaitBanner } from './WaitBanner';
import './message-queues.css';

/** Customers, the order API, the queue or log, the workers; the customer's wait above it all. */
export function MessageQueuesView({
  player,
  compact = false,
}: {
  player: Player;
  compact?: boolean;
}) {
  return (
    <div className="view mq-view">
      <WaitBanner player={player} />
      <OrderDiagram player={player} />
      {!compact && (
        <>
          <FailurePanel player={player} />
          <QueueCharts player={player} />
        </>
      )}
    </div>
  );
}
