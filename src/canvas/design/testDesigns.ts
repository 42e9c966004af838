import {
  DEFAULT_WORKLOAD,
  DESIGN_VERSION,
  PART_DEFAULTS,
  PART_NAMES,
  type Design,
  type Part,
  type PartKind,
  type Workload,
} from './types';

/**
 * Small designs for tests: `mk([['clients', 'u'], ['app', 'a'], ['primary', 'db']], [['u',
 * 'a'], ['a', 'db']])`. Wire ids are "from-to"; props not given take the defaults.
 */
export function mk(
  parts: Array<[PartKind, string, Record<string, unknown>?]>,
  wires: Array<[string, string]>,
  workload: Partial<Workload> = {},
  readNewLinksFromPrimary = false,
): Design {
  return {
    version: DESIGN_VERSION,
    name: 'test',
    parts: parts.map(
      ([kind, id, props], i) =>
        ({
          id,
          kind,
          label: PART_NAMES[kind],
          x: i * 100,
          y: 0,
          props: { ...PART_DEFAULTS[kind], ...props },
        }) as Part,
    ),
    wires: wires.map(([from, to]) => ({ id: `${from}-${to}`, from, to })),
    workload: { ...DEFAULT_WORKLOAD, ...workload },
    readNewLinksFromPrimary,
  };
}

/** The smallest design that runs: users, one app server, one database. */
export const minimal = (workload: Partial<Workload> = {}) =>
  mk(
    [
      ['clients', 'u'],
      ['app', 'a'],
      ['primary', 'db'],
    ],
    [
      ['u', 'a'],
      ['a', 'db'],
    ],
    workload,
  );
