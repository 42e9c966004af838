import { useMemo } from 'react';
import type { Player } from '../../player/store';
import type { DiagramNode } from '../../ui/diagram/types';
import { useChartMoment, useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { FanOutPanel, gaugeValue } from './FanOutPanel';
import { KeyMap, KeyMapLegend } from './KeyMap';
import { formatCount, keyState, sampleKeys, shardNow } from './keySamples';
import { liveShards, type LiveShard } from './liveShards';
import { addsShard } from './model';
import { ShardCharts } from './ShardCharts';
import { ShardDiagram } from './ShardDiagram';
import { ShardPicker } from './ShardPicker';
import './sharding.css';

const pct = (x: number) => `${Math.round(x * 100)}%`;

function describeShards(shards: readonly LiveShard[]): string {
  return shards
    .map((s) => {
      const head = `shard ${s.index + 1}`;
      if (s.waiting) return `${head} not yet added`;
      if (!s.alive) return `${head} down`;
      return `${head} ${pct(s.load)} busy${s.saturated ? ', full and turning requests away' : ''}`;
    })
    .join('; ');
}

/**
 * Clients, the router and the row of shards with their live load; the key map showing where
 * users live and which move when a shard joins; and the last cross-shard query's wait.
 */
export function ShardingView({ player, compact = false }: { player: Player; compact?: boolean }) {
  const p = usePlayerState(player, (s) => s.params);
  // Redrawn per captured frame (100 ms of simulated time), not per animation frame.
  const moment = useChartMoment(player);
  const commands = usePlayerState(player, (s) => s.commands);
  const frame = useFrame(player);
  const samples = useMemo(() => sampleKeys(p), [p]);
  if (!moment) return <div className="view shard-view" aria-busy="true" />;
  const { data, t } = moment;

  const n = p.shards as number;
  const adding = addsShard(p, data.layout.durationMs);
  const joinsAtS = adding ? (p.addShardAtS as number) : null;
  const count = adding ? n + 1 : n;
  const shards = liveShards(data, t, count, joinsAtS === null ? null : joinsAtS * 1000, commands);
  const phase = gaugeValue(data, frame, 'phase') || 0;
  const cutKey = gaugeValue(data, frame, 'cutKey') || 0;
  const hot = (p.hotKeyShare as number) > 0;
  const celeb = samples[0];
  const celebrityShard = hot && celeb ? shardNow(celeb, keyState(celeb, phase, cutKey)) : -1;
  const clients: DiagramNode[] = [
    {
      name: 'users',
      label: 'Users',
      shape: 'clients',
      x: 0.14,
      y: 0.1,
      note: `${p.rps as number} req/s`,
    },
  ];
  if (hot)
    clients.push({
      name: 'fans',
      label: 'Celebrity’s fans',
      shape: 'clients',
      x: 0.5,
      y: 0.1,
      note: `${pct(p.hotKeyShare as number)} of traffic`,
    });
  if ((p.queryRps as number) > 0)
    clients.push({
      name: 'analysts',
      label: 'Reports',
      shape: 'clients',
      x: 0.86,
      y: 0.1,
      note: `${p.queryRps as number} queries/s`,
    });
  const keys = p.keys as number;
  const moved = data.result?.keysMovedFraction as number | undefined;
  const moving = samples.filter((s) => s.before !== s.after).length / samples.length;
  const share = moved ?? moving;
  const copied = gaugeValue(data, frame, 'moved');
  const label =
    `A router sends each request to the shard holding its user, by ${p.shardKey as string} with ${p.placement as string} placement` +
    `${hot ? `; ${pct(p.hotKeyShare as number)} of requests are about one celebrity` : ''}. ${describeShards(shards)}.`;
  return (
    <div className="view shard-view">
      <ShardDiagram
        player={player}
        shards={shards}
        clients={clients}
        joinsAtS={joinsAtS}
        celebrityShard={celebrityShard}
        label={label}
      />
      <section className="key-space" aria-label="Where keys live">
        <h3>Where users live</h3>
        <p className="key-space-note">
          {adding
            ? `Shard ${n + 1} joins at ${joinsAtS} s: ${pct(share)} of all ${formatCount(keys)} users change shard` +
              (phase >= 1
                ? `, ${Math.round(Number.isNaN(copied) ? 0 : copied)}% of them copied so far.`
                : '.')
            : `If a shard ${n + 1} joined, ${pct(share)} of all ${formatCount(keys)} users would change shard.`}
        </p>
        <KeyMap
          samples={samples}
          rows={n + 1}
          phase={phase}
          cutKey={cutKey}
          keys={keys}
          celebrity={hot}
        />
        <KeyMapLegend />
      </section>
      {(p.queryRps as number) > 0 && <FanOutPanel data={data} frame={frame} shards={count} />}
      {!compact && (
        <>
          <div className="view-controls">
            <ShardPicker player={player} shards={count} />
          </div>
          <ShardCharts data={data} t={t} adding={adding} />
        </>
      )}
    </div>
  );
}
