import type { Player } from '../../player/store';
import { NodeActions } from '../../ui/controls/NodeActions';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { GrowthCharts } from './GrowthCharts';
import { GrowthDiagram } from './GrowthDiagram';
import { isJourneyEnd, summarize } from './journey';
import { JourneyControls } from './JourneyControls';
import { JourneySummary } from './JourneySummary';
import { pictureOf } from './layout';
import { LAST_STOP, STOPS, type FixId } from './params';
import { useJourney, useVerdict } from './useJourney';
import { VerdictPanel } from './VerdictPanel';
import './growth-journey.css';

/**
 * The journey on top of the lab page: the system as it stands (growing with each fix), the
 * verdict on what broke, the users and fix controls, and at 100,000 users answered in time,
 * the summary of the path taken.
 */
export function GrowthJourneyView({
  player,
  compact = false,
}: {
  player: Player;
  compact?: boolean;
}) {
  const params = usePlayerState(player, (s) => s.params);
  const verdict = useVerdict(player);
  const { journey, toggleFix, restart } = useJourney(player, verdict);
  const users = params.users as number;
  const fixes = params.fixes as readonly FixId[];
  const picture = pictureOf(params);
  const primary = picture.parts.find((p) => p.kind === 'db')!;
  const done = isJourneyEnd(users, verdict?.bottleneck ?? null);
  return (
    <div className="view gj-view">
      <GrowthDiagram player={player} picture={picture} />
      <VerdictPanel verdict={verdict} users={users} fixesOn={fixes} />
      {!compact && (
        <>
          <JourneyControls player={player} onFix={toggleFix} />
          {done ? (
            <JourneySummary
              summary={summarize(journey, fixes)}
              onRestart={() => {
                restart();
                player.setParams({ users: STOPS[0], fixes: [] });
              }}
            />
          ) : (
            <p className="muted gj-goal">
              Goal: {LAST_STOP.toLocaleString('en-US')} users with people’s p99 under 1 s and under
              1% errors.
            </p>
          )}
          <div className="view-controls">
            <NodeActions player={player} node={primary.name} label={primary.label} />
          </div>
          <GrowthCharts player={player} />
        </>
      )}
    </div>
  );
}
