import type { Prediction } from '../../scenarios/teaching';
import type { Lesson } from '../../ui/lesson/lesson';

/** One step of a lesson as presented: what the room sees, and what the presenter reads. */
export interface Beat {
  title: string;
  paragraphs: string[];
  list?: string[];
  table?: { columns: string[]; rows: string[][] };
  notes: string;
}

/**
 * Splits a chapter's lesson into beats for a projector: the title, each idea, the analogy, the
 * figures, the options table, each prediction as a question for the room, and each thing to
 * watch for as something to show live.
 */
export function lessonBeats(
  title: string,
  tagline: string,
  lesson: Lesson,
  predictions: readonly Prediction[] = [],
): Beat[] {
  const beats: Beat[] = [
    {
      title,
      paragraphs: [tagline],
      notes: 'Press play, then use Next (→, Page Down or ".") to walk through the idea.',
    },
  ];
  lesson.idea.forEach((p, i) =>
    beats.push({
      title: i === 0 ? 'The idea' : `The idea (${i + 1}/${lesson.idea.length})`,
      paragraphs: [p],
      notes: 'Point at the picture while you say this; keep the simulation running.',
    }),
  );
  beats.push({
    title: lesson.analogy.title,
    paragraphs: lesson.analogy.paragraphs,
    notes: 'Ask the room where the analogy breaks down.',
  });
  beats.push({
    title: 'Figures to remember',
    paragraphs: [],
    list: lesson.figures.map((f) => `${f.value}: ${f.label}`),
    notes: 'Check each figure against what the simulation shows right now.',
  });
  if (lesson.choices)
    beats.push({
      title: 'Which to use',
      paragraphs: [],
      table: { columns: [...lesson.choices.columns], rows: lesson.choices.rows.map((r) => [...r]) },
      notes: 'Switch the parameter live to show each row.',
    });
  for (const p of predictions)
    beats.push({
      title: 'Predict',
      paragraphs: [p.question],
      list: p.choices.map((c) => c.label),
      notes: `Take a show of hands, then run: ${p.runs.map((r) => r.label).join(' vs ')} (Compare mode shows both side by side).`,
    });
  for (const n of lesson.notice ?? [])
    beats.push({
      title: 'Watch',
      paragraphs: [n],
      notes: 'Do this live with the parameters panel, then ask what changed.',
    });
  return beats;
}
