import type { ComponentType } from 'react';
import type { Player } from '../player/store';
import type { Lesson } from '../ui/lesson/lesson';

/** What a chapter's lazily loaded module (scenarios/<id>/chapter.ts) provides to its page. */
export interface ChapterModule {
  /** The picture of the system: parts, wires and the moving requests. */
  View: ComponentType<{ player: Player; compact?: boolean }>;
  lesson: Lesson;
}
