import type { Ms } from '../core/units';

/**
 * How load changes over a run, as a multiplier of the base rate (open loop) or of the
 * user count (closed loop). Shapes are stated as fractions of the run, so they work for
 * any duration.
 */
export type ProfileName = 'constant' | 'ramp' | 'spike' | 'wave';
export const PROFILE_NAMES: readonly ProfileName[] = ['constant', 'ramp', 'spike', 'wave'];

export interface RateProfile {
  readonly name: ProfileName;
  /** Multiplier at simulated time t. */
  at(t: Ms): number;
  /** The largest multiplier, for thinning. */
  readonly max: number;
  /** One line for lessons and help text. */
  readonly description: string;
}

export interface ProfileOptions {
  /** Spike height as a multiple of the base (default 5). */
  spikeFactor?: number;
}

/** The constant profile's multiplier, shared so sources can tell it apart (see `isSteady`). */
const one = (): number => 1;

/** Whether the profile is the constant one: sources then skip thinning altogether. */
export const isSteady = (p: RateProfile): boolean => p.at === one;

export function makeProfile(
  name: ProfileName,
  durationMs: Ms,
  opts: ProfileOptions = {},
): RateProfile {
  const D = Math.max(1, durationMs);
  switch (name) {
    case 'constant':
      return { name, at: one, max: 1, description: 'steady load for the whole run' };
    case 'ramp': {
      // From 5% to the full load over the first 80% of the run, then level.
      const end = 0.8 * D;
      return {
        name,
        at: (t) => (t >= end ? 1 : 0.05 + 0.95 * (Math.max(0, t) / end)),
        max: 1,
        description: 'load grows from 5% to 100% over the first 80% of the run',
      };
    }
    case 'spike': {
      const factor = Math.max(1, opts.spikeFactor ?? 5);
      const from = 0.4 * D;
      const to = 0.6 * D;
      return {
        name,
        at: (t) => (t >= from && t < to ? factor : 1),
        max: factor,
        description: `load jumps to ${factor}x between 40% and 60% of the run`,
      };
    }
    case 'wave':
      // A compressed day: quiet night, busy afternoon; averages to the base rate.
      return {
        name,
        at: (t) => 1 - 0.6 * Math.cos((2 * Math.PI * t) / D),
        max: 1.6,
        description: 'a day compressed into the run: from 40% at night to 160% at the peak',
      };
  }
}
