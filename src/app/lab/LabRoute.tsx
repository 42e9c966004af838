import { use } from 'react';
import { NotFound } from '../NotFound';
import LabPage from './LabPage';
import { loadChapter } from './loadChapter';

/**
 * The lab page by scenario id. The scenario comes with the chapter's own module, so opening
 * a chapter loads that scenario's model and not every other one (the registry stays in the
 * worker and the command line).
 */
export default function LabRoute({
  id,
  query,
  embed,
}: {
  id: string;
  query: URLSearchParams;
  embed: boolean;
}) {
  const { scenario } = use(loadChapter(id));
  if (scenario.id !== id) return <NotFound what={`simulation called "${id}"`} />;
  return <LabPage scenario={scenario} query={query} embed={embed} />;
}
