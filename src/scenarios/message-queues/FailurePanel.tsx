import { useId, useState } from 'react';
import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { JOBS, NAMES, REPLAY_GROUP, consumerName, serviceName, type Mode } from './jobs';

interface Part {
  name: string;
  label: string;
}

/** Every part a learner can break besides the provider: the workers, or sync's job services. */
export function breakableParts(
  mode: Mode,
  consumers: number,
): Array<{ job: string; parts: Part[] }> {
  return JOBS.map((j) => ({
    job: j.short,
    parts:
      mode === 'sync'
        ? [{ name: serviceName(j.id), label: `${j.short} service` }]
        : Array.from({ length: consumers }, (_, i) => ({
            name: consumerName(j.id, i),
            label: `${j.short} worker ${i + 1}`,
          })),
  }));
}

/** Failure injection: kill or slow a worker (or service) and the email provider, and Kafka's replay. */
export function FailurePanel({ player }: { player: Player }) {
  const id = useId();
  const mode = usePlayerState(player, (s) => s.params.mode as Mode);
  const consumers = usePlayerState(player, (s) => s.params.consumers as number);
  const second = usePlayerState(player, (s) => Math.floor(s.t / 1000));
  const groups = breakableParts(mode, consumers);
  const all = groups.flatMap((g) => g.parts);
  const [picked, setPicked] = useState('');
  const part =
    all.find((p) => p.name === picked) ?? all.find((p) => p.name.startsWith('rider')) ?? all[0]!;
  return (
    <div className="mq-controls">
      <div className="mq-pick">
        <label htmlFor={id}>{mode === 'sync' ? 'Service' : 'Worker'}</label>
        <select id={id} value={part.name} onChange={(e) => setPicked(e.currentTarget.value)}>
          {groups.map((g) => (
            <optgroup key={g.job} label={g.job}>
              {g.parts.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <NodeActions player={player} node={part.name} label={part.label} />
      </div>
      <NodeActions player={player} node={NAMES.provider} label="Email provider" />
      {mode === 'kafka' && (
        <button
          type="button"
          onClick={() => player.setParams({ replayAtS: Math.max(1, second), replayOffset: 0 })}
        >
          Replay {REPLAY_GROUP} from offset 0 at {Math.max(1, second)} s
        </button>
      )}
    </div>
  );
}
