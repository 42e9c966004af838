import { useState } from 'react';
import type { Player } from '../../player/store';
import { usePlayerState } from '../hooks/usePlayer';
import { DiceIcon } from './icons';

const MAX_SEED = 4294967295;

/** The seed fixes every random draw of a run: same seed, same numbers. */
export function SeedControl({ player }: { player: Player }) {
  const seed = usePlayerState(player, (s) => s.seed);
  const [text, setText] = useState(String(seed));
  // A new seed from elsewhere (the dice, a link) replaces whatever was being typed.
  const [shownSeed, setShownSeed] = useState(seed);
  if (shownSeed !== seed) {
    setShownSeed(seed);
    setText(String(seed));
  }
  const valid = /^\d{1,10}$/.test(text) && Number(text) <= MAX_SEED;
  const commit = () => {
    if (valid && Number(text) !== seed) player.setSeed(Number(text));
    if (!valid) setText(String(seed));
  };
  return (
    <div className="seed">
      <label>
        <span>Seed</span>
        <input
          type="text"
          inputMode="numeric"
          value={text}
          aria-invalid={!valid}
          onChange={(e) => setText(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          size={8}
        />
      </label>
      <button
        type="button"
        onClick={() => player.setSeed(Math.floor(Math.random() * MAX_SEED))}
        aria-label="New random seed"
        title="New random seed"
      >
        <DiceIcon />
      </button>
    </div>
  );
}
