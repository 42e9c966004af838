import { useId, useState } from 'react';
import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { names, type Sites } from './sites';

/**
 * Failure injection: pick the origin or any edge, then kill, slow or restore it at the
 * playhead. One picker and one set of buttons, rather than a row per server.
 */
export function BreakPanel({ player, sites }: { player: Player; sites: Sites }) {
  const id = useId();
  const parts = [
    { name: names.origin, label: `Origin (${sites.origin.name})` },
    ...sites.edges.map((e) => ({ name: names.edge(e.id), label: `${e.name} edge` })),
  ];
  const [chosen, setChosen] = useState<string>(names.origin);
  // The edge sites may change under us; fall back to the origin, which always exists.
  const part = parts.find((p) => p.name === chosen) ?? parts[0]!;
  return (
    <div className="cdn-break">
      <label htmlFor={id}>Break a server</label>
      <select id={id} value={part.name} onChange={(e) => setChosen(e.currentTarget.value)}>
        {parts.map((p) => (
          <option key={p.name} value={p.name}>
            {p.label}
          </option>
        ))}
      </select>
      <NodeActions player={player} node={part.name} label={part.label} />
    </div>
  );
}
