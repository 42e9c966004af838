// Units carried in the types where a mix-up is likely. The brand is optional, so a plain
// number is accepted anywhere, but a value already typed as Ms will not pass as Seconds.
declare const unit: unique symbol;

/** Simulated milliseconds: the engine's only clock. */
export type Ms = number & { readonly [unit]?: 'ms' };
/** Simulated seconds, used at the edges (CLI, URL, charts). */
export type Seconds = number & { readonly [unit]?: 's' };
/** Requests per simulated second. */
export type Rps = number & { readonly [unit]?: 'rps' };

export const MS_PER_SECOND = 1000;

export const secondsToMs = (s: Seconds): Ms => s * MS_PER_SECOND;
export const msToSeconds = (ms: Ms): Seconds => ms / MS_PER_SECOND;
/** Mean gap between arrivals, in ms, for a rate in requests per second. */
export const rpsToGapMs = (r: Rps): Ms => MS_PER_SECOND / r;
