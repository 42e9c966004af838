import { describe, expect, it } from 'vitest';
import { lesson } from '../../scenarios/single-server/lesson';
import { predictions } from '../../scenarios/single-server/teaching';
import { lessonBeats } from './beats';

describe('lesson beats', () => {
  it('walk the whole lesson: title, each idea, analogy, figures, predictions, things to watch', () => {
    const beats = lessonBeats('The lemonade stand', 'One server', lesson, predictions);
    const expected =
      1 +
      lesson.idea.length +
      1 +
      1 +
      (lesson.choices ? 1 : 0) +
      predictions.length +
      (lesson.notice?.length ?? 0);
    expect(beats).toHaveLength(expected);
    expect(beats[0]!.title).toBe('The lemonade stand');
    expect(beats[1]!.paragraphs).toEqual([lesson.idea[0]]);
    expect(beats.find((b) => b.title === lesson.analogy.title)!.paragraphs).toEqual(
      lesson.analogy.paragraphs,
    );
    const predict = beats.filter((b) => b.title === 'Predict');
    expect(predict.map((b) => b.paragraphs[0])).toEqual(predictions.map((p) => p.question));
    expect(beats.every((b) => b.notes.length > 10)).toBe(true);
  });
});
