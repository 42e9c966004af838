import { chapterParts } from './chapters';

/** The landing page: what Scale Lab is, and the simulations in the chapter's order. */
export function Home() {
  return (
    <div className="home">
      <section className="hero">
        <h1>Scale Lab</h1>
        <p className="lead">
          Your app is fine with a hundred users. What happens at a hundred thousand? Each page here
          is a small, exact simulation of one idea from system design. Change a number, press play,
          and watch requests queue, time out, or sail through.
        </p>
        <p>
          Every run is reproducible: the same settings and seed give the same numbers in your
          browser, in a colleague&apos;s, and on the command line.
        </p>
      </section>
      {chapterParts().map((part) => (
        <section key={part.title} aria-labelledby={`part-${part.title}`}>
          <h2 id={`part-${part.title}`}>{part.title}</h2>
          <ol className="chapter-cards">
            {part.chapters.map((s) => (
              <li key={s.id}>
                <a className="chapter-card" href={s.href}>
                  <span className="chapter-number" aria-hidden="true">
                    {s.order}
                  </span>
                  <span className="chapter-title">{s.title}</span>
                  <span className="chapter-tagline">{s.tagline}</span>
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
