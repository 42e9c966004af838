/** Who sends traffic in this chapter, by client id (req.client), which the limiter keys on. */
export type Role = 'steady' | 'bursty' | 'attacker';
export const ROLES: readonly Role[] = ['steady', 'bursty', 'attacker'];

export const BURSTY_ID = 1;
export const ATTACKER_ID = 2;
const FIRST_USER_ID = 3;

export const ROLE_LABELS: Record<Role, string> = {
  steady: 'Steady users',
  bursty: 'Bursty job',
  attacker: 'Attacker',
};

/** The steady users' client ids. */
export const userIds = (n: number): number[] =>
  Array.from({ length: Math.max(0, n) }, (_, i) => FIRST_USER_ID + i);

export const roleOf = (client: number): Role =>
  client === BURSTY_ID ? 'bursty' : client === ATTACKER_ID ? 'attacker' : 'steady';

export const clientName = (client: number): string =>
  client === BURSTY_ID
    ? 'bursty'
    : client === ATTACKER_ID
      ? 'attacker'
      : `user-${client - FIRST_USER_ID + 1}`;

/** Every client id of a role, given the number of steady users. */
export const idsOf = (role: Role, users: number): number[] =>
  role === 'steady' ? userIds(users) : [role === 'bursty' ? BURSTY_ID : ATTACKER_ID];
