import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../persist/designArb';
import type { DesignIssue } from './contract';
import { SAMPLE_DESIGNS } from './samples';
import { minimal, mk } from './testDesigns';
import { validateDesign } from './validate';

const errors = (issues: DesignIssue[]) => issues.filter((i) => i.severity === 'error');
const find = (issues: DesignIssue[], words: string) =>
  issues.find((i) => i.message.includes(words));

describe('validateDesign', () => {
  it('finds nothing wrong with the minimal design and the samples', () => {
    expect(validateDesign(minimal())).toEqual([]);
    for (const d of Object.values(SAMPLE_DESIGNS)) expect(validateDesign(d)).toEqual([]);
  });

  it('no path from clients to storage, on the clients concerned', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['primary', 'db'],
      ],
      [['u', 'a']],
    );
    const i = find(validateDesign(d), 'cannot reach any database');
    expect(i).toMatchObject({ severity: 'error', partIds: ['u'] });
    expect(find(validateDesign(d), 'reach no database')?.partIds).toEqual(['a']);
  });

  it('a cycle, with its parts and wires', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['balancer', 'lb'],
        ['limiter', 'lim'],
        ['app', 'a'],
        ['primary', 'db'],
      ],
      [
        ['u', 'lb'],
        ['lb', 'lim'],
        ['lim', 'lb'],
        ['lb', 'a'],
        ['a', 'db'],
      ],
    );
    const i = find(validateDesign(d), 'loop');
    expect(i?.severity).toBe('error');
    expect(i?.partIds.sort()).toEqual(['lb', 'lim']);
    expect(i?.wireIds.sort()).toEqual(['lb-lim', 'lim-lb']);
  });

  it('a wire that makes no sense: a cache wired straight to clients', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['cache', 'c'],
        ['primary', 'db'],
      ],
      [
        ['u', 'a'],
        ['a', 'c'],
        ['c', 'db'],
        ['c', 'u'],
      ],
    );
    const i = find(validateDesign(d), 'Cache is wired straight to Clients');
    expect(i).toMatchObject({ severity: 'error', partIds: ['c', 'u'], wireIds: ['c-u'] });
    expect(i?.message).toContain('users never talk to a cache');
  });

  it('a part left unconnected', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['primary', 'db'],
        ['queue', 'q'],
      ],
      [
        ['u', 'a'],
        ['a', 'db'],
      ],
    );
    expect(find(validateDesign(d), 'not connected to anything')).toMatchObject({
      severity: 'warning',
      partIds: ['q'],
    });
  });

  it('a part nothing leads to from the clients', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['primary', 'db'],
        ['app', 'b'],
      ],
      [
        ['u', 'a'],
        ['a', 'db'],
        ['b', 'db'],
      ],
    );
    expect(find(validateDesign(d), 'gets no traffic')?.partIds).toEqual(['b']);
  });

  it('missing clients, app servers or storage', () => {
    expect(
      find(
        validateDesign(
          mk(
            [
              ['app', 'a'],
              ['primary', 'db'],
            ],
            [['a', 'db']],
          ),
        ),
        'no Clients',
      ),
    ).toBeTruthy();
    expect(
      find(validateDesign(mk([['clients', 'u']], [])), 'Nothing stores the links'),
    ).toBeTruthy();
    expect(
      find(
        validateDesign(
          mk(
            [
              ['clients', 'u'],
              ['primary', 'db'],
            ],
            [],
          ),
        ),
        'no App servers',
      ),
    ).toBeTruthy();
  });

  it('front parts that pass requests to nothing', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['balancer', 'lb'],
        ['app', 'a'],
        ['primary', 'db'],
      ],
      [
        ['u', 'lb'],
        ['u', 'a'],
        ['a', 'db'],
      ],
    );
    expect(find(validateDesign(d), 'passes requests on to nothing')?.partIds).toEqual(['lb']);
  });

  it('two stores behind one app, and replicas that copy nothing', () => {
    const two = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['primary', 'db'],
        ['shards', 's'],
      ],
      [
        ['u', 'a'],
        ['a', 'db'],
        ['a', 's'],
      ],
    );
    expect(find(validateDesign(two), 'two places that store links')).toBeTruthy();
    const orphan = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['primary', 'db'],
        ['replicas', 'r'],
      ],
      [
        ['u', 'a'],
        ['a', 'db'],
        ['a', 'r'],
      ],
    );
    expect(find(validateDesign(orphan), 'copy nothing')?.partIds).toEqual(['r']);
  });

  it('two counters handing out the same codes is a warning', () => {
    const d = mk(
      [
        ['clients', 'u'],
        ['app', 'a'],
        ['app', 'b'],
        ['keygen', 'k1', { strategy: 'counter' }],
        ['keygen', 'k2', { strategy: 'counter' }],
        ['primary', 'db'],
      ],
      [
        ['u', 'a'],
        ['u', 'b'],
        ['a', 'db'],
        ['b', 'db'],
        ['a', 'k1'],
        ['b', 'k2'],
      ],
    );
    expect(find(validateDesign(d), 'hand out the same codes')?.severity).toBe('warning');
  });

  it('a wire to a part that is not there, and clients with no share', () => {
    const d = minimal();
    d.wires.push({ id: 'ghost', from: 'a', to: 'nobody' });
    expect(find(validateDesign(d), 'not in the design')?.wireIds).toEqual(['ghost']);
    const silent = mk(
      [
        ['clients', 'u', { share: 0 }],
        ['app', 'a'],
        ['primary', 'db'],
      ],
      [
        ['u', 'a'],
        ['a', 'db'],
      ],
    );
    expect(errors(validateDesign(silent)).some((i) => i.message.includes('share of 0'))).toBe(true);
  });

  it('never throws, and every issue names known parts and wires', () => {
    fc.assert(
      fc.property(designArb(10), (d) => {
        const issues = validateDesign(d);
        const parts = new Set(d.parts.map((p) => p.id));
        const wires = new Set(d.wires.map((w) => w.id));
        for (const i of issues) {
          expect(i.message.length).toBeGreaterThan(10);
          for (const id of i.partIds) expect(parts.has(id)).toBe(true);
          for (const id of i.wireIds) expect(wires.has(id)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
