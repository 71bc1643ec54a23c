import type { ClientStatus } from './client';

/** Where a client's care may go next: pause, discharge, or reopen (back to ACTIVE). */
export const CLIENT_STATUS_TRANSITIONS: Readonly<Record<ClientStatus, readonly ClientStatus[]>> = {
  ACTIVE: ['PAUSED', 'DISCHARGED'],
  PAUSED: ['ACTIVE', 'DISCHARGED'],
  DISCHARGED: ['ACTIVE'],
};

export const CLIENT_STATUS_LABELS: Readonly<Record<ClientStatus, string>> = {
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  DISCHARGED: 'Discharged',
};

/** Why a client's status cannot change from one to the other, or null when it can. */
export function clientStatusChangeProblem(from: ClientStatus, to: ClientStatus): string | null {
  if (from === to) return `The client is already ${CLIENT_STATUS_LABELS[to].toLowerCase()}`;
  if (!CLIENT_STATUS_TRANSITIONS[from].includes(to)) {
    return `A ${CLIENT_STATUS_LABELS[from].toLowerCase()} client can only be reopened`;
  }
  return null;
}
