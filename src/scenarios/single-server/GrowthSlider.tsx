import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';

const STOPS = [100, 1_000, 10_000, 100_000];

/** The chapter's story in one control: 100 users becoming 100,000. */
export function GrowthSlider({ player }: { player: Player }) {
  const users = usePlayerState(player, (s) => s.params.users as number);
  const rps = usePlayerState(player, (s) => s.params.rps as number);
  const value = Math.log10(Math.max(100, Math.min(100_000, users)));
  return (
    <div className="growth">
      <label htmlFor="growth-slider">
        Grow from 100 to 100,000 users <output>{users.toLocaleString('en-US')} users</output>
      </label>
      <input
        id="growth-slider"
        type="range"
        min={2}
        max={5}
        step={0.01}
        value={value}
        list="growth-stops"
        aria-valuetext={`${users.toLocaleString('en-US')} users`}
        onChange={(e) => {
          const v = 10 ** Number(e.currentTarget.value);
          const p = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
          player.setParams({ users: Math.round(v / p) * p, rps: 0 });
        }}
      />
      <datalist id="growth-stops">
        {STOPS.map((s) => (
          <option key={s} value={Math.log10(s)} label={s.toLocaleString('en-US')} />
        ))}
      </datalist>
      <div className="growth-ticks" aria-hidden="true">
        {STOPS.map((s) => (
          <span key={s}>{s.toLocaleString('en-US')}</span>
        ))}
      </div>
      {rps > 0 && (
        <p className="muted">Arrival rate is set, so moving this switches back to users.</p>
      )}
    </div>
  );
}
