import { use, useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Player } from '../../player/store';
import { splitHash } from '../../player/urlState';
import type { ChapterModule } from '../../scenarios/chapterModule';
import { parseParam, type Params } from '../../scenarios/params';
import type { Scenario } from '../../scenarios/scenario';
import { contrasting } from '../../ui/compare/CompareSetup';
import { KeyboardHelp } from '../../ui/controls/KeyboardHelp';
import { Notices } from '../../ui/controls/Notices';
import { ParamPanel } from '../../ui/controls/ParamPanel';
import { PlayerBar } from '../../ui/controls/PlayerBar';
import { ShareBar } from '../../ui/controls/ShareBar';
import { ExportMenu } from '../../ui/export/ExportMenu';
import { StatsStrip } from '../../ui/controls/StatsStrip';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { useShortcuts } from '../../ui/hooks/useShortcuts';
import { useAfterPaint } from '../../ui/hooks/useAfterPaint';
import { usePrefersReducedMotion } from '../../ui/hooks/useReducedMotion';
import { Narrator } from '../../ui/narration/Narrator';
import { LessonPanel } from '../../ui/lesson/LessonPanel';
import { PredictPanel } from '../../ui/teaching/PredictCard';
import { TryThis } from '../../ui/teaching/TryThis';
import { ErrorBoundary } from '../ErrorBoundary';
import { startBridge } from '../embed/bridge';
import { EmbedDialog } from '../embed/EmbedDialog';
import { readPresentation } from '../embed/presentation';
import { applyTheme } from '../theme';
import { ChartsPanel } from './ChartsPanel';
import { ChapterPager } from './ChapterPager';
import { CompareMode } from './CompareMode';
import { loadChapter } from './loadChapter';
import { useLabPlayer } from './useLabPlayer';
import { PresenterView } from '../present/PresenterView';

interface Props {
  scenario: Scenario;
  query: URLSearchParams;
  embed: boolean;
}

/** A chapter's page: lesson, the live system, the player, charts, parameters and exercises. */
export default function LabPage({ scenario, query, embed }: Props) {
  const chapter = use(loadChapter(scenario.id));
  const path = splitHash(window.location.hash).path;
  const { player, urlState, compare } = useLabPlayer(scenario, path, query);
  const overrides = useStore(compare, (s) => s.overrides);
  const [show] = useState(() => readPresentation(scenario, query, embed));
  const [help, setHelp] = useState(false);
  const [embedding, setEmbedding] = useState(false);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const [present, setPresent] = useState(() => !embed && query.get('present') === '1');
  const togglePresent = useCallback(() => {
    setPresent((on) => {
      // Fullscreen needs the key press or click that got us here; refusal is harmless.
      if (!on) document.documentElement.requestFullscreen?.().catch(() => {});
      else if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
      return !on;
    });
  }, []);
  useShortcuts(player, toggleHelp, show.controls !== 'none', embed ? undefined : togglePresent);
  useEffect(() => {
    if (show.theme !== 'auto') applyTheme(show.theme);
  }, [show.theme]);
  useEffect(
    () => (embed ? startBridge(player, { lock: show.lock, origin: show.origin }) : undefined),
    [embed, player, show],
  );
  // Less motion: the playhead moves a whole simulated second at a time, so dots and counters
  // change in discrete steps instead of gliding; the numbers are the same.
  const reduced = usePrefersReducedMotion();
  // A chapter's page is built over three frames, so a slow phone is not held for one long
  // task building everything: the head and the prediction first; then the system, the player
  // and the lesson; then the parameters, exercises and charts. Each step only adds parts below
  // what is on screen, so nothing visible moves. Embeds show the system at once.
  const soon = useAfterPaint(1) || embed;
  const later = useAfterPaint(2);
  useEffect(() => player.setStepMs(reduced ? 1000 : 0), [player, reduced]);

  const view = (
    <ErrorBoundary where="the picture of the system" resetKey={scenario.id}>
      {soon && <chapter.View player={player} compact={embed} />}
    </ErrorBoundary>
  );

  const problems = [...urlState.problems, ...show.problems];
  if (embed) {
    return (
      <div className={`lab lab-embed controls-${show.controls}`}>
        {/* Screen readers still learn what the frame holds; the course page shows its own title. */}
        <h1 className="visually-hidden">{scenario.title}</h1>
        <RunNotices player={player} problems={problems} />
        <Narrator player={player} />
        {view}
        {show.controls !== 'none' && (
          <PlayerBar player={player} compact={show.controls === 'compact'} onHelp={toggleHelp} />
        )}
        <StatsStrip player={player} />
        {show.controls === 'full' && <ParamPanel player={player} locked={show.lock} />}
        {show.lesson && <LessonPanel lesson={chapter.lesson} title={scenario.title} />}
        {help && <KeyboardHelp onClose={() => setHelp(false)} />}
      </div>
    );
  }

  const transport = soon && (
    <>
      <PlayerBar player={player} onHelp={toggleHelp} />
      <StatsStrip player={player} />
    </>
  );
  if (present) {
    return (
      <div className="lab lab-present">
        <RunNotices player={player} problems={problems} />
        <Narrator player={player} />
        <PresenterView
          scenario={scenario}
          chapter={chapter}
          player={player}
          stage={
            <>
              {view}
              {transport}
            </>
          }
          onExit={togglePresent}
        />
        {help && <KeyboardHelp onClose={() => setHelp(false)} />}
      </div>
    );
  }
  const startCompare = () =>
    compare.setState({
      overrides: firstComparison(scenario, chapter, player.store.getState().params),
    });
  return (
    <div className="lab">
      <header className="lab-head">
        <div>
          <h1>{scenario.title}</h1>
          <p className="tagline">{scenario.tagline}</p>
        </div>
        <div className="row">
          <button type="button" onClick={togglePresent} aria-keyshortcuts="P">
            Present
          </button>
          <button
            type="button"
            aria-pressed={overrides !== null}
            onClick={() => (overrides ? compare.setState({ overrides: null }) : startCompare())}
          >
            Compare
          </button>
          <ShareBar player={player} onEmbed={() => setEmbedding(true)} />
          <ExportMenu player={player} />
        </div>
      </header>
      <RunNotices player={player} problems={problems} />
      <Narrator player={player} />
      <div className={`lab-grid${overrides ? ' comparing' : ''}`}>
        {soon && (
          <aside className="lab-lesson" aria-label="Lesson">
            <LessonPanel lesson={chapter.lesson} title={scenario.title} />
          </aside>
        )}
        <section className="lab-sim" aria-label="Simulation">
          {overrides ? (
            <CompareMode
              leader={player}
              overrides={overrides}
              chapter={chapter}
              onOverrides={(o) => compare.setState({ overrides: o })}
              onStop={() => compare.setState({ overrides: null })}
              transport={transport}
            />
          ) : (
            <>
              {chapter.predictions && (
                <PredictPanel player={player} predictions={chapter.predictions} />
              )}
              {view}
              {transport}
            </>
          )}
        </section>
        {later && (
          <aside className="lab-params" aria-label="Parameters and exercises">
            <ParamPanel player={player} locked={show.lock} />
            {chapter.exercises && <TryThis player={player} exercises={chapter.exercises} />}
          </aside>
        )}
        {later && !overrides && (
          <div className="lab-charts">
            <ChartsPanel player={player} />
          </div>
        )}
      </div>
      {later && <ChapterPager id={scenario.id} />}
      {help && <KeyboardHelp onClose={() => setHelp(false)} />}
      {embedding && <EmbedDialog player={player} onClose={() => setEmbedding(false)} />}
    </div>
  );
}

/** What compare mode varies first: the chapter's choice, else the first parameter. */
function firstComparison(scenario: Scenario, chapter: ChapterModule, params: Params): Params {
  const pick = chapter.compare;
  const spec = scenario.params.find((s) => s.name === pick?.param) ?? scenario.params[0]!;
  const parsed = pick ? parseParam(spec, pick.value) : null;
  const value =
    parsed?.ok && !Object.is(parsed.value, params[spec.name])
      ? parsed.value
      : contrasting(spec, params[spec.name] ?? spec.default);
  return { [spec.name]: value };
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
