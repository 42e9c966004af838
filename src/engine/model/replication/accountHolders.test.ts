import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { AccountHolders } from './accountHolders';
import { TAG_FOLLOW_UP } from './router';

/** Answers every call at once (failing writes when told to) and keeps what it saw. */
class Bank extends BaseNode {
  readonly seen: Request[] = [];
  constructor(
    sim: Sim,
    private readonly failWrites = false,
  ) {
    super(sim, 'bank', 'service', null);
  }
  receive(call: Call): void {
    this.seen.push(call.req);
    const bad = this.failWrites && call.req.kind === 'write';
    this.sim.reply(call, bad ? Outcome.failed : Outcome.ok);
  }
}

function run(failWrites = false) {
  const sim = new Sim({ seed: 7 });
  const bank = new Bank(sim, failWrites);
  const users = new AccountHolders(sim, {
    name: 'users',
    users: 500,
    rps: 1000,
    writeRatio: 0.1,
    ownReadShare: 0.3,
    zipf: 1,
    followUp: constant(50),
    target: bank,
  });
  sim.runUntil(10_000);
  return { users, seen: bank.seen };
}

describe('AccountHolders', () => {
  it('sends about rps new requests, a tenth of them transfers from the sender’s own account', () => {
    const { users, seen } = run();
    const fresh = seen.filter((r) => r.tag !== TAG_FOLLOW_UP);
    expect(fresh.length / 10).toBeGreaterThan(950);
    expect(fresh.length / 10).toBeLessThan(1050);
    const writes = seen.filter((r) => r.kind === 'write');
    expect(writes.length / fresh.length).toBeCloseTo(0.1, 1);
    expect(writes.every((r) => r.key === r.client)).toBe(true);
    expect([users.writes, users.reads]).toEqual([writes.length, seen.length - writes.length]);
    expect(users.writeLatency.count).toBe(writes.length);
  });

  it('checks the balance once after every confirmed transfer, on the user’s own account', () => {
    const { seen } = run();
    const checks = seen.filter((r) => r.tag === TAG_FOLLOW_UP);
    const writes = seen.filter((r) => r.kind === 'write');
    // Transfers in the last 50 ms have not been followed up yet.
    expect(writes.length - checks.length).toBeLessThanOrEqual(
      writes.filter((w) => w.createdAt >= 9950).length,
    );
    expect(checks.every((r) => r.kind === 'read' && r.key === r.client)).toBe(true);
    // The bank answers at once, so each check comes exactly 50 ms after its transfer.
    const transfers = new Set(writes.map((w) => `${w.client}@${w.createdAt + 50}`));
    expect(checks.every((c) => transfers.has(`${c.client}@${c.createdAt}`))).toBe(true);
  });

  it('other page views mostly look at someone else’s (popular) account', () => {
    const { seen } = run();
    const views = seen.filter((r) => r.kind === 'read' && r.tag !== TAG_FOLLOW_UP);
    const own = views.filter((r) => r.key === r.client).length / views.length;
    expect(own).toBeGreaterThan(0.27);
    expect(own).toBeLessThan(0.33);
    const top = views.filter((r) => r.key === 0 && r.client !== 0).length / views.length;
    expect(top).toBeGreaterThan(0.08); // rank 1 of 500 under Zipf(1): about 15% of the 70%
  });

  it('a failed transfer is not followed by a balance check', () => {
    const { seen } = run(true);
    expect(seen.some((r) => r.tag === TAG_FOLLOW_UP)).toBe(false);
  });
});
