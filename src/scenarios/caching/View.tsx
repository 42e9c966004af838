import type { CachePolicy } from '../../engine';
import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { SystemDiagram } from '../../ui/diagram/SystemDiagram';
import type { DiagramNode, DiagramWire } from '../../ui/diagram/types';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { CacheCharts } from './CacheCharts';
import { CacheReadout } from './CacheReadout';
import { PolicySwitch } from './PolicySwitch';
import './caching.css';

const HEIGHT = 300;
const WIRES: DiagramWire[] = [
  { from: 'users', to: 'app' },
  { from: 'app', to: 'cache' },
  { from: 'app', to: 'db' },
];

const POLICY_WORDS: Record<CachePolicy, string> = {
  none: 'there is no cache, so every read goes to the database',
  ttl: 'entries expire after their time to live',
  'write-through': 'each write also updates the cache',
  invalidate: 'each write deletes the cached entry',
};

/**
 * Users, the app server, the cache above and the database below. A hit is a short trip up to
 * the cache; a miss goes on down to the database and back up to fill the cache.
 */
export function CachingView({ player, compact = false }: { player: Player; compact?: boolean }) {
  const p = usePlayerState(player, (s) => s.params);
  const policy = p.policy as CachePolicy;
  const on = policy !== 'none';
  const rps = (p.rps as number).toLocaleString('en-US');
  const nodes: DiagramNode[] = [
    { name: 'users', label: 'Users', shape: 'clients', x: 0.09, y: 0.5, note: `${rps} requests/s` },
    {
      name: 'app',
      label: 'App server',
      shape: 'server',
      x: 0.37,
      y: 0.5,
      note: `${Math.round((p.writeRatio as number) * 100)}% writes`,
    },
    { name: 'cache', label: on ? 'Cache' : 'Cache (off)', shape: 'cache', x: 0.75, y: 0.19 },
    { name: 'db', label: 'Database', shape: 'database', x: 0.75, y: 0.81 },
  ];
  const label =
    `${rps} requests a second reach an app server. ` +
    (on
      ? `Reads ask a cache of ${(p.capacity as number).toLocaleString('en-US')} entries first (${p.cacheMs as number} ms) and go to the database (${p.dbMs as number} ms a query) only on a miss; `
      : '') +
    `policy ${policy}: ${POLICY_WORDS[policy]}.`;
  return (
    <div className="view cache-view">
      <SystemDiagram player={player} nodes={nodes} wires={WIRES} height={HEIGHT} label={label}>
        <div className="cache-wire-label is-hit" aria-hidden="true">
          {on ? `hit: ${p.cacheMs as number} ms` : 'not used'}
        </div>
        <div className="cache-wire-label is-miss" aria-hidden="true">
          {on ? 'miss: ' : ''}
          {p.dbMs as number} ms query
        </div>
      </SystemDiagram>
      <CacheReadout player={player} />
      {!compact && (
        <div className="view-controls">
          <PolicySwitch player={player} />
          <NodeActions player={player} node="cache" label="Cache" />
          <NodeActions player={player} node="db" label="Database" />
        </div>
      )}
      <CacheCharts player={player} compact={compact} />
    </div>
  );
}
