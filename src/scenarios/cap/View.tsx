import { useId, useState } from 'react';
import type { Player } from '../../player/store';
import { Legend } from '../../ui/dots';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { CapCharts } from './CapCharts';
import { CapFigures } from './CapFigures';
import { CityMap } from './CityMap';
import { LineControls } from './LineControls';
import { dishName, useCapGauges } from './live';
import { LostWrites } from './LostWrites';
import { MenuBoard } from './MenuBoard';
import { ValueTimeline } from './ValueTimeline';
import './cap.css';

/**
 * Three restaurants sharing one menu: the map with its phone lines, each copy's price, the
 * numbers that CAP trades, and a timeline of one dish's price in every city. Full mode adds
 * the line switches, the whole menu, what last-writer-wins threw away, and charts.
 */
export function CapView({ player, compact = false }: { player: Player; compact?: boolean }) {
  const params = usePlayerState(player, (s) => s.params);
  const read = useCapGauges(player);
  const dishes = params.dishes as number;
  // The least ordered dish by default: it changes a few times a second rather than a dozen,
  // so the timeline reads as a story rather than a barcode.
  const [picked, setPicked] = useState<number | null>(null);
  const dish = Math.min(compact || picked === null ? dishes - 1 : picked, dishes - 1);
  const selectId = useId();
  return (
    <div className="view cap-view">
      <CityMap
        player={player}
        read={read}
        dish={dish}
        dishes={dishes}
        mode={params.mode as string}
        rps={params.rps as number}
      />
      <Legend />
      <CapFigures read={read} />
      {!compact && <LineControls player={player} read={read} />}
      {!compact && (
        <div className="cap-dish-pick">
          <label htmlFor={selectId}>Dish shown on the map and timeline</label>
          <select
            id={selectId}
            value={dish}
            onChange={(e) => setPicked(Number(e.currentTarget.value))}
          >
            {Array.from({ length: dishes }, (_, d) => (
              <option key={d} value={d}>
                {dishName(d)}
              </option>
            ))}
          </select>
        </div>
      )}
      <ValueTimeline player={player} dish={dish} />
      {!compact && (
        <div className="cap-details">
          <MenuBoard read={read} dishes={dishes} />
          <LostWrites player={player} read={read} />
        </div>
      )}
      {!compact && <CapCharts player={player} />}
    </div>
  );
}
