/** Shown for an unknown route or scenario: a way back, not a blank page. */
export function NotFound({ what }: { what: string }) {
  return (
    <section className="notice notice-warn" role="alert">
      <h1>Not found</h1>
      <p>There is no {what} here. It may have been renamed, or the link was cut short.</p>
      <a className="button" href="#/">
        See all simulations
      </a>
    </section>
  );
}
