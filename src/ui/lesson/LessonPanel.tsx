import type { Lesson } from './lesson';

/** The lesson beside a simulation: the idea, the analogy, key figures and when to use what. */
export function LessonPanel({ lesson, title }: { lesson: Lesson; title: string }) {
  return (
    <article className="lesson" aria-label={`Lesson: ${title}`}>
      <h2>The idea</h2>
      {lesson.idea.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h3>{lesson.analogy.title}</h3>
      {lesson.analogy.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <h3>Figures to remember</h3>
      <dl className="figures">
        {lesson.figures.map((f) => (
          <div key={f.label}>
            <dt>{f.value}</dt>
            <dd>{f.label}</dd>
          </div>
        ))}
      </dl>
      {lesson.choices && (
        <>
          <h3>Which to use</h3>
          <table className="choices">
            <thead>
              <tr>
                {lesson.choices.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lesson.choices.rows.map((r) => (
                <tr key={r[0]}>
                  <th scope="row">{r[0]}</th>
                  <td>{r[1]}</td>
                  <td>{r[2]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {lesson.notice && (
        <>
          <h3>Things to watch for</h3>
          <ul>
            {lesson.notice.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
