import { ninesInWords } from '../../engine';
import { formatSeconds } from '../../ui/controls/formatTime';

/** Figures as the scoreboard and the screen reader say them. Pure, so tests can pin them. */

/** "99.967%", "98.88%", "100%": enough digits that the nines show. */
export function availabilityText(pct: number): string {
  if (!Number.isFinite(pct)) return '–';
  if (pct >= 100) return '100%';
  return `${pct.toFixed(pct >= 99.9 ? 3 : 2)}%`;
}

/** "three nines"; "no errors yet" before anything failed. */
export function ninesText(pct: number): string {
  if (!Number.isFinite(pct)) return '';
  return pct >= 100 ? 'no errors yet' : ninesInWords(pct / 100);
}

/** "62% left", "all spent", "spent 11 times over". */
export function budgetText(leftPct: number): string {
  if (!Number.isFinite(leftPct)) return '–';
  if (leftPct > 0) return `${leftPct >= 10 ? Math.round(leftPct) : leftPct.toFixed(1)}% left`;
  const used = 1 - leftPct / 100;
  if (used < 1.05) return 'all spent';
  return `spent ${used < 10 ? used.toFixed(1) : Math.round(used)} times over`;
}

/** How the recovery stands: none yet, under way, or how long it took. */
export function recoveryText(recoveryS: number, outageAtS: number): string {
  if (!(outageAtS >= 0)) return 'no region down yet';
  if (!(recoveryS >= 0)) return 'still recovering';
  return formatSeconds(recoveryS);
}

/** "3:05" for 185 s: times on the event list. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
