import type { ComponentType } from 'react';
import type { Player } from '../player/store';
import type { Lesson } from '../ui/lesson/lesson';
import type { Scenario } from './scenario';
import type { Exercise, Prediction } from './teaching';

/** What a chapter's lazily loaded module (scenarios/<id>/chapter.ts) provides to its page. */
export interface ChapterModule {
  /** The scenario this page runs (the same object the registry holds for its id). */
  scenario: Scenario;
  /** The picture of the system: parts, wires and the moving requests. */
  View: ComponentType<{ player: Player; compact?: boolean }>;
  lesson: Lesson;
  /** Questions to answer before running ("Which has the lower p99?"). */
  predictions?: readonly Prediction[];
  /** Goals the page ticks off when a run shows them reached. */
  exercises?: readonly Exercise[];
  /** The parameter compare mode varies first, and B's starting value. */
  compare?: { param: string; value: string };
}
