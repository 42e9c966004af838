import type { Player } from '../../player/store';
import { formatCount } from '../../ui/controls/formatNumbers';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';
import { ROLE_LABELS, ROLES } from './clients';

/** Per client group, so far: what each sent, what the limiter let through and what got a 429. */
export function ClientTable({ player }: { player: Player }) {
  const frame = useFrame(player);
  const gauges = usePlayerState(player, (s) => s.data?.layout.gauges);
  const users = usePlayerState(player, (s) => s.params.users as number);
  const read = (name: string): number => {
    const i = gauges?.findIndex((g) => g.name === name) ?? -1;
    return i >= 0 && frame ? (frame.gauges[i] ?? 0) : 0;
  };
  return (
    <table className="mini-table rl-clients">
      <caption>What the limiter did for each client, so far</caption>
      <thead>
        <tr>
          <th scope="col">Client</th>
          <th scope="col">Sent</th>
          <th scope="col">Let through</th>
          <th scope="col">Turned away (429)</th>
        </tr>
      </thead>
      <tbody>
        {ROLES.map((role) => {
          const passed = read(`${role}-passed`);
          const limited = read(`${role}-limited`);
          return (
            <tr key={role} data-role={role}>
              <th scope="row">
                {ROLE_LABELS[role]}
                {role === 'steady' ? ` (${users})` : ''}
              </th>
              <td>{formatCount(passed + limited)}</td>
              <td data-cell="passed">{formatCount(passed)}</td>
              <td data-cell="limited">{formatCount(limited)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
