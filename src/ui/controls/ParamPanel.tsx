import type { Player } from '../../player/store';
import { defaults, sameValue } from '../../scenarios/params';
import { usePlayerState } from '../hooks/usePlayer';
import { ParamField } from './ParamField';

interface Props {
  player: Player;
  /** Parameter names the reader may not change (embeds). */
  locked?: readonly string[];
}

/** Every parameter of the scenario, each with its meaning; changes rerun the simulation. */
export function ParamPanel({ player, locked = [] }: Props) {
  const scenario = usePlayerState(player, (s) => s.scenario);
  const params = usePlayerState(player, (s) => s.params);
  const changed = scenario.params.some((p) => !sameValue(params[p.name]!, p.default));
  return (
    <section className="param-panel" aria-labelledby="params-title">
      <div className="panel-head">
        <h2 id="params-title">Parameters</h2>
        <button
          type="button"
          disabled={!changed}
          onClick={() => player.setParams(defaults(scenario.params))}
        >
          Reset
        </button>
      </div>
      {scenario.params.map((spec) => (
        <ParamField
          key={spec.name}
          spec={spec}
          value={params[spec.name] ?? spec.default}
          disabled={locked.includes(spec.name)}
          onChange={(v) => player.setParam(spec.name, v)}
        />
      ))}
    </section>
  );
}
