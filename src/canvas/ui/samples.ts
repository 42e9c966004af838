import { SAMPLE_DESIGNS } from '../design/samples';
import type { Design } from '../design/types';
import { emptyDesign } from './edits';

export type SampleId = 'naive' | 'cached' | 'scaled';

/** What the "Start from" menu offers. */
export const SAMPLE_CHOICES: ReadonlyArray<{ id: SampleId | 'empty'; label: string }> = [
  { id: 'naive', label: 'Sample: one server, one database' },
  { id: 'cached', label: 'Sample: with a cache' },
  { id: 'scaled', label: 'Sample: fully scaled' },
  { id: 'empty', label: 'An empty canvas' },
];

/** A fresh copy of a sample (or an empty design), safe to edit. */
export function sampleDesign(id: SampleId | 'empty'): Design {
  if (id === 'empty') return emptyDesign();
  return structuredClone(SAMPLE_DESIGNS[id]);
}

/** The sample as the subject of a sentence: "The one-server sample". */
export const sampleName = (id: SampleId | 'empty'): string =>
  id === 'empty'
    ? 'An empty canvas'
    : `The ${{ naive: 'one-server', cached: 'cached', scaled: 'fully scaled' }[id]} sample`;
