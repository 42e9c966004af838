import type { Rng } from '../../core/rng';
import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_KILL = EV_CUSTOM;
const EV_HEAL = EV_CUSTOM + 1;

export interface ChaosMonkeyOptions {
  name: string;
  /** The instances it may kill. */
  targets: readonly Component[];
  /** Mean time between kills; 0 or Infinity keeps the monkey idle. */
  everyMs: Ms;
  /** Each gap is everyMs x (1 +- jitter), uniformly (default 0.5). */
  jitter?: number;
  /** A victim is restarted this long after its kill (auto-healing); 0 or Infinity: never. */
  healMs?: Ms;
  /** Whether a victim may be restarted now (e.g. not while its whole region is down). */
  canHeal?: (target: Component) => boolean;
}

/** One kill: when, whom (index into targets and name), and when it was healed (NaN: not yet). */
export interface KillRecord {
  at: Ms;
  target: number;
  name: string;
  healedAt: Ms;
}

/** The gap before the next kill: everyMs x (1 + jitter x (2u - 1)) for a uniform draw u. */
export function nextKillGap(everyMs: Ms, jitter: number, u: number): Ms {
  const j = Math.min(1, Math.max(0, jitter));
  return everyMs * (1 + j * (2 * u - 1));
}

/**
 * Netflix's Chaos Monkey in miniature: on a jittered schedule it kills one random instance
 * that is still alive, and (with auto-healing) restarts it a fixed time later, as a cloud
 * replaces a lost machine. The schedule and the victims come from two streams of their own,
 * so the kill times depend on the seed alone. Killing the monkey itself pauses it.
 */
export class ChaosMonkey extends BaseNode {
  readonly kills: KillRecord[] = [];
  /** Scheduled kills that found no live instance. */
  idleTicks = 0;
  heals = 0;
  private readonly schedule: Rng;
  private readonly victims: Rng;
  private readonly jitter: number;
  private readonly healMs: Ms;
  /** Each target's latest kill: a heal meant for an older kill must not end a newer one early. */
  private readonly latest = new Map<number, KillRecord>();

  constructor(
    sim: Sim,
    private readonly opts: ChaosMonkeyOptions,
  ) {
    super(sim, opts.name, 'internal', null);
    this.schedule = sim.rng.stream(`${opts.name}/schedule`);
    this.victims = sim.rng.stream(`${opts.name}/victims`);
    this.jitter = opts.jitter ?? 0.5;
    const heal = opts.healMs ?? 0;
    this.healMs = heal > 0 && Number.isFinite(heal) ? heal : 0;
    if (opts.everyMs > 0 && Number.isFinite(opts.everyMs)) this.scheduleNext();
  }

  /** The last victim's index, or -1 before the first kill. */
  get lastVictim(): number {
    return this.kills[this.kills.length - 1]?.target ?? -1;
  }

  private scheduleNext(): void {
    this.sim.schedule(
      nextKillGap(this.opts.everyMs, this.jitter, this.schedule.next()),
      this,
      EV_KILL,
    );
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_KILL) {
      if (this.alive) this.strike();
      this.scheduleNext();
    } else if (kind === EV_HEAL) {
      const rec = payload as KillRecord;
      const t = this.opts.targets[rec.target]!;
      if (this.latest.get(rec.target) !== rec) return;
      if (t.alive || !(this.opts.canHeal?.(t) ?? true)) return;
      t.command({ action: 'restart' });
      rec.healedAt = this.sim.now;
      this.heals++;
    }
  }

  private strike(): void {
    const live: number[] = [];
    this.opts.targets.forEach((t, i) => {
      if (t.alive) live.push(i);
    });
    if (live.length === 0) {
      this.idleTicks++;
      return;
    }
    const i = live[this.victims.int(live.length)]!;
    const target = this.opts.targets[i]!;
    target.command({ action: 'kill' });
    const rec: KillRecord = { at: this.sim.now, target: i, name: target.name, healedAt: NaN };
    this.kills.push(rec);
    this.latest.set(i, rec);
    if (this.healMs > 0) this.sim.schedule(this.healMs, this, EV_HEAL, rec);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }
}
