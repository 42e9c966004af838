import { neighbours } from '../chapters';

/** Previous and next chapter, so a learner can walk the whole chapter in order. */
export function ChapterPager({ id }: { id: string }) {
  const { prev, next } = neighbours(id);
  if (!prev && !next) return null;
  return (
    <nav className="chapter-pager" aria-label="Previous and next chapter">
      {prev ? (
        <a href={prev.href} rel="prev">
          ← {prev.title}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={next.href} rel="next">
          {next.title} →
        </a>
      )}
    </nav>
  );
}
