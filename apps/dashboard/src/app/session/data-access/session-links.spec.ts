import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { of } from 'rxjs';

import { practiceSummaryDocument } from '../../caseload/data-access/caseload-documents';
import { createSessionLink, type SessionLinkEvents } from './session-links';

function clientAnswering(result: ApolloLink.Result, events: SessionLinkEvents): ApolloClient {
  const server = new ApolloLink(() => of(result));
  return new ApolloClient({
    link: ApolloLink.from([createSessionLink(events), server]),
    cache: new InMemoryCache(),
  });
}

describe('createSessionLink', () => {
  let events: { answered: jest.Mock; unauthenticated: jest.Mock };

  beforeEach(() => {
    events = { answered: jest.fn(), unauthenticated: jest.fn() };
  });

  it('notes the time of every clean answer, which extended the session on the server', async () => {
    const client = clientAnswering({ data: { practiceSummary: null } }, events);
    const before = Date.now();

    await client.query({ query: practiceSummaryDocument });

    expect(events.answered).toHaveBeenCalledTimes(1);
    expect(events.answered.mock.calls[0][0]).toBeGreaterThanOrEqual(before);
    expect(events.unauthenticated).not.toHaveBeenCalled();
  });

  it('reports UNAUTHENTICATED with the operation it came from, and notes no activity', async () => {
    const client = clientAnswering(
      { errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }] },
      events,
    );

    await expect(client.query({ query: practiceSummaryDocument })).rejects.toThrow(
      'Sign in to continue',
    );

    expect(events.unauthenticated).toHaveBeenCalledWith('PracticeSummary');
    expect(events.answered).not.toHaveBeenCalled();
  });

  it('leaves other errors to the page that asked', async () => {
    const client = clientAnswering(
      { errors: [{ message: 'Client not found', extensions: { code: 'NOT_FOUND' } }] },
      events,
    );

    await expect(client.query({ query: practiceSummaryDocument })).rejects.toThrow(
      'Client not found',
    );

    expect(events.unauthenticated).not.toHaveBeenCalled();
  });
});
