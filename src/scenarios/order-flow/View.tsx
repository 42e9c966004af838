import { useMemo, useState } from 'react';
import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { FlowDiagram } from './FlowDiagram';
import type { Mode } from './parts';
import { PartSwitches } from './PartSwitches';
import { readBudget } from './results';
import { ScaleCharts } from './ScaleCharts';
import { Stepper } from './Stepper';
import { walkSteps } from './walk';
import { Waterfall } from './Waterfall';
import './order-flow.css';

/**
 * One food order through the whole system. Walkthrough: the picture, a stepper that lights
 * each part and wire in turn, and the waterfall of the order's time. Scale: the same picture
 * under a rush, switches to take parts out, and charts of what that does.
 */
export function OrderFlowView({ player, compact = false }: { player: Player; compact?: boolean }) {
  const mode = usePlayerState(player, (s) => s.params.mode as Mode);
  const result = usePlayerState(player, (s) => s.data?.result);
  const budget = useMemo(() => readBudget(result), [result]);
  const steps = useMemo(() => (budget ? walkSteps(budget) : []), [budget]);
  const [index, setIndex] = useState(0);
  const walking = mode === 'walkthrough' && !compact;
  const i = Math.min(index, Math.max(0, steps.length - 1));
  const step = walking ? (steps[i] ?? null) : null;
  const move = (k: number) => {
    setIndex(k);
    const s = steps[k];
    if (!s) return;
    // Stop on the step with its request half way along, so the dot is on the lit wire.
    player.pause();
    player.seek(s.at);
  };
  const current = step ? (step.kind === 'after' ? `after:${step.part}` : step.id) : undefined;
  return (
    <div className="view of-view">
      {!compact && <PartSwitches player={player} />}
      <FlowDiagram player={player} step={step} />
      {walking && steps.length > 0 && <Stepper steps={steps} index={i} onMove={move} />}
      {/* At scale the charts come first: the waterfall there is one order among thousands. */}
      {mode === 'scale' && !compact && <ScaleCharts player={player} />}
      {budget ? (
        <Waterfall budget={budget} current={current} compact={compact} />
      ) : (
        <p className="of-wait">
          {mode === 'scale'
            ? 'Your own order is placed half way through the rush; its waterfall appears when the run is complete.'
            : 'Working out your order…'}
        </p>
      )}
    </div>
  );
}
