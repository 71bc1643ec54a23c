import { CLIENT_STATUSES, type ClientStatus } from './client';
import { clientStatusChangeProblem } from './client-lifecycle';

describe('the client lifecycle', () => {
  const allowed: readonly [ClientStatus, ClientStatus][] = [
    ['ACTIVE', 'PAUSED'],
    ['ACTIVE', 'DISCHARGED'],
    ['PAUSED', 'ACTIVE'],
    ['PAUSED', 'DISCHARGED'],
    ['DISCHARGED', 'ACTIVE'],
  ];

  it('lets care be paused, discharged and reopened, and nothing else', () => {
    for (const from of CLIENT_STATUSES) {
      for (const to of CLIENT_STATUSES) {
        const isAllowed = allowed.some(([a, b]) => a === from && b === to);
        expect([from, to, clientStatusChangeProblem(from, to) === null]).toEqual([
          from,
          to,
          isAllowed,
        ]);
      }
    }
  });

  it('says plainly why a change cannot be made', () => {
    expect(clientStatusChangeProblem('PAUSED', 'PAUSED')).toBe('The client is already paused');
    expect(clientStatusChangeProblem('DISCHARGED', 'PAUSED')).toBe(
      'A discharged client can only be reopened',
    );
  });
});
