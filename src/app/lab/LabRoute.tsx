import { getScenario } from '../../scenarios/registry';
import { NotFound } from '../NotFound';
import LabPage from './LabPage';

/**
 * The lab page by scenario id. Lives in the lazy chunk, so the registry and its models load
 * with the first chapter a learner opens, not with the landing page.
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
  const scenario = getScenario(id);
  if (!scenario) return <NotFound what={`a simulation called "${id}"`} />;
  return <LabPage scenario={scenario} query={query} embed={embed} />;
}
