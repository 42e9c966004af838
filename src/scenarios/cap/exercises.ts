import type { Exercise } from '../teaching';

const n = (r: Record<string, unknown>, key: string): number => (r[key] as number | null) ?? NaN;
const cutsAndHeals = (iv: readonly string[]) =>
  iv.some((x) => /^kill:link-/.test(x)) && iv.some((x) => /^(restart|restore):link-/.test(x));

export const exercises: Exercise[] = [
  {
    id: 'always-open',
    prompt: 'Answer every single order while a line is down: 100% availability through a storm.',
    hint: 'Which mode keeps serving from its own menu?',
    check: (r) => n(r, 'partitionedS') > 0 && n(r, 'availabilityDuringPartition') === 1,
  },
  {
    id: 'never-stale',
    prompt: 'Get through a storm with zero stale reads, while prices keep changing during it.',
    hint: 'Someone will have to say no.',
    check: (r) =>
      n(r, 'partitionedS') > 0 && n(r, 'writesDuringPartition') > 0 && n(r, 'staleReads') === 0,
  },
  {
    id: 'silent-drop',
    prompt:
      'Make version vectors catch a conflict from a storm that last-writer-wins then settles by dropping a confirmed price.',
    hint: 'Both sides of the cut have to change the same dish before the lines come back.',
    check: (r) => n(r, 'conflictsFromPartition') > 0 && n(r, 'lostWritesFromPartition') > 0,
  },
  {
    id: 'cut-by-hand',
    prompt:
      'In CP mode, cut a phone line yourself with the buttons under the map and heal it again, without a single order refused.',
    hint: 'Set Partition to none first, then cut just one line.',
    check: (r, p) =>
      p.mode === 'cp' &&
      cutsAndHeals(r.interventions ?? []) &&
      n(r, 'partitionedS') > 0 &&
      n(r, 'refused') === 0,
  },
];
