import { useEffect, useRef, useState } from 'react';
import { follow, describeOverrides } from '../../player/compare';
import { createPlayer, type Player } from '../../player/store';
import type { Params } from '../../scenarios/params';
import type { ChapterModule } from '../../scenarios/chapterModule';
import { CompareCharts } from '../../ui/compare/CompareCharts';
import { CompareSetup } from '../../ui/compare/CompareSetup';
import { CompareTable } from '../../ui/compare/CompareTable';
import { VariantProgress } from '../../ui/compare/VariantProgress';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { ErrorBoundary } from '../ErrorBoundary';

interface Props {
  leader: Player;
  overrides: Params;
  chapter: ChapterModule;
  onOverrides(o: Params): void;
  onStop(): void;
  /** The shared player bar and stats, rendered under both views. */
  transport: React.ReactNode;
}

/**
 * Two variants side by side on identical traffic: A is the page's player, B a follower with
 * some parameters overridden. The player bar drives both; interventions apply to both.
 */
export function CompareMode({ leader, overrides, chapter, onOverrides, onStop, transport }: Props) {
  const latest = useRef(overrides);
  const [follower] = useState(() => {
    const s = leader.store.getState();
    return createPlayer(
      {
        scenario: s.scenario,
        params: { ...s.params, ...overrides },
        seed: s.seed,
        durationS: s.durationS,
        commands: s.commands,
        speed: s.speed,
      },
      undefined,
      false,
    );
  });

  useEffect(() => {
    follower.start();
    const unlink = follow(leader, follower, () => latest.current);
    return () => {
      unlink();
      follower.dispose();
    };
  }, [leader, follower]);

  useEffect(() => {
    if (latest.current === overrides) return;
    latest.current = overrides;
    follower.setParams({ ...leader.store.getState().params, ...overrides });
  }, [leader, follower, overrides]);

  const params = usePlayerState(leader, (s) => s.params);
  const scenario = usePlayerState(leader, (s) => s.scenario);
  const keys = Object.keys(overrides);
  const labels: [string, string] = [
    describeOverrides(Object.fromEntries(keys.map((k) => [k, params[k]!]))) || 'as set',
    describeOverrides(overrides) || 'as set',
  ];
  return (
    <div className="compare">
      <CompareSetup
        specs={scenario.params}
        base={params}
        overrides={overrides}
        onChange={onOverrides}
        onStop={onStop}
      />
      <div className="compare-views">
        <section aria-label={`Variant A: ${labels[0]}`}>
          <h2 className="variant-title">
            <span className="variant-badge a">A</span> {labels[0]}
          </h2>
          <VariantProgress player={leader} />
          <ErrorBoundary where="variant A">
            <chapter.View player={leader} compact />
          </ErrorBoundary>
        </section>
        <section aria-label={`Variant B: ${labels[1]}`}>
          <h2 className="variant-title">
            <span className="variant-badge b">B</span> {labels[1]}
          </h2>
          <VariantProgress player={follower} />
          <ErrorBoundary where="variant B">
            <chapter.View player={follower} compact />
          </ErrorBoundary>
        </section>
      </div>
      {transport}
      <CompareTable a={leader} b={follower} labels={labels} />
      <CompareCharts a={leader} b={follower} labels={labels} />
    </div>
  );
}
