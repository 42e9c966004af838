import { use, useCallback, useState } from 'react';
import type { Scenario } from '../../scenarios/scenario';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { useShortcuts } from '../../ui/hooks/useShortcuts';
import { KeyboardHelp } from '../../ui/controls/KeyboardHelp';
import { Notices } from '../../ui/controls/Notices';
import { ParamPanel } from '../../ui/controls/ParamPanel';
import { PlayerBar } from '../../ui/controls/PlayerBar';
import { ShareBar } from '../../ui/controls/ShareBar';
import { StatsStrip } from '../../ui/controls/StatsStrip';
import { LessonPanel } from '../../ui/lesson/LessonPanel';
import type { Player } from '../../player/store';
import { splitHash } from '../../player/urlState';
import { ErrorBoundary } from '../ErrorBoundary';
import { loadChapter } from './loadChapter';
import { ChartsPanel } from './ChartsPanel';
import { useLabPlayer } from './useLabPlayer';

interface Props {
  scenario: Scenario;
  query: URLSearchParams;
  embed: boolean;
}

/** A chapter's page: lesson, the live system, the player, charts and parameters. */
export default function LabPage({ scenario, query, embed }: Props) {
  const chapter = use(loadChapter(scenario.id));
  const path = splitHash(window.location.hash).path;
  const { player, urlState } = useLabPlayer(scenario, path, query);
  const [help, setHelp] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  useShortcuts(player, toggleHelp, !embed || urlState.controls);

  const view = (
    <ErrorBoundary where="the picture of the system" resetKey={scenario.id}>
      <chapter.View player={player} compact={embed} />
    </ErrorBoundary>
  );

  if (embed) {
    return (
      <div className="lab lab-embed">
        <RunNotices player={player} problems={urlState.problems} />
        {view}
        {urlState.controls && <PlayerBar player={player} compact />}
        <StatsStrip player={player} />
      </div>
    );
  }

  return (
    <div className="lab">
      <header className="lab-head">
        <div>
          <h1>{scenario.title}</h1>
          <p className="tagline">{scenario.tagline}</p>
        </div>
        <ShareBar player={player} />
      </header>
      <RunNotices player={player} problems={urlState.problems} />
      <div className="lab-grid">
        <aside className="lab-lesson">
          <LessonPanel lesson={chapter.lesson} title={scenario.title} />
        </aside>
        <section className="lab-sim" aria-label="Simulation">
          {view}
          <PlayerBar player={player} onHelp={toggleHelp} />
          <StatsStrip player={player} />
        </section>
        <aside className="lab-params">
          <ParamPanel player={player} />
        </aside>
        <div className="lab-charts">
          <ChartsPanel player={player} />
        </div>
      </div>
      {help && <KeyboardHelp onClose={() => setHelp(false)} />}
    </div>
  );
}

const NONE: string[] = [];

function RunNotices({ player, problems }: { player: Player; problems: string[] }) {
  const notices = usePlayerState(player, (s) => s.notices);
  const error = usePlayerState(player, (s) => s.error);
  const unknown = usePlayerState(player, (s) => s.data?.layout.unknownTargets ?? NONE);
  const warnings = [
    ...problems.map((p) => `Ignored from the link, using the default instead: ${p}`),
    ...unknown.map(
      (n) => `An intervention names "${n}", which is not a part of this system; it was skipped.`,
    ),
    ...notices,
  ];
  return <Notices warnings={warnings} error={error} />;
}
