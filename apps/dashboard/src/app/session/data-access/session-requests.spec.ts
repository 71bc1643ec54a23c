import { TestBed } from '@angular/core/testing';

import { readApiProblem } from '../../shared/api-problem';
import { SESSION_CHANNEL, SessionAcrossTabs } from './session-across-tabs';
import { signInDocument, signOutDocument, viewerDocument } from './session-documents';
import { GraphQLAnswerError, SESSION_FETCH, SessionRequests } from './session-requests';
import { provideSessionServerStandIn, SessionServerStandIn } from './session-requests.testing';
import { SessionStore } from './session-store';
import { aViewer } from './viewer.fixture';

describe('SessionRequests', () => {
  describe('what it sends', () => {
    let fetchStandIn: jest.Mock<Promise<Response>, Parameters<typeof fetch>>;

    beforeEach(() => {
      fetchStandIn = jest.fn<Promise<Response>, Parameters<typeof fetch>>(
        async () =>
          ({ json: async () => ({ data: { signIn: { status: 'SIGNED_IN' } } }) }) as Response,
      );
      TestBed.configureTestingModule({
        providers: [
          { provide: SESSION_FETCH, useValue: fetchStandIn },
          { provide: SESSION_CHANNEL, useValue: null },
        ],
      });
    });

    it('posts the operation as JSON to /graphql, with the cookie of this origin only', async () => {
      const variables = { input: { email: 'ada@example.org', password: 'a long enough secret' } };

      await TestBed.inject(SessionRequests).send(signInDocument, variables);

      expect(fetchStandIn).toHaveBeenCalledTimes(1);
      const [url, init] = fetchStandIn.mock.calls[0];
      expect(url).toBe('/graphql');
      expect(init?.method).toBe('POST');
      expect(init?.credentials).toBe('same-origin');
      expect(init?.headers).toEqual(
        expect.objectContaining({ 'content-type': 'application/json' }),
      );
      expect(JSON.parse(String(init?.body))).toEqual({
        operationName: 'SignIn',
        query: signInDocument.toString(),
        variables,
      });
    });

    it('names the operation of a document without variables, and sends none', async () => {
      fetchStandIn.mockResolvedValue({
        json: async () => ({ data: { signOut: true } }),
      } as Response);

      await TestBed.inject(SessionRequests).send(signOutDocument);

      const body = JSON.parse(String(fetchStandIn.mock.calls[0][1]?.body)) as Record<
        string,
        unknown
      >;
      expect(body['operationName']).toBe('SignOut');
      expect(body['variables']).toBeUndefined();
    });
  });

  describe('what it makes of the answer', () => {
    let server: SessionServerStandIn;
    let requests: SessionRequests;
    let store: InstanceType<typeof SessionStore>;
    let noteAnswer: jest.SpyInstance;
    let startedAt: number;

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [provideSessionServerStandIn(), { provide: SESSION_CHANNEL, useValue: null }],
      });
      server = TestBed.inject(SessionServerStandIn);
      requests = TestBed.inject(SessionRequests);
      store = TestBed.inject(SessionStore);
      noteAnswer = jest.spyOn(TestBed.inject(SessionAcrossTabs), 'noteAnswer');
      // Signed in a minute ago, so a new answer visibly moves the last activity on.
      startedAt = Date.now() - 60_000;
      store.start(aViewer({ now: startedAt }), startedAt);
    });

    afterEach(() => server.verify());

    it("answers the data of a clean answer, and counts it as the session's activity", async () => {
      const viewer = aViewer();
      const sending = requests.send(viewerDocument);
      server.expectOne('Viewer').answer({ data: { viewer } });

      expect(await sending).toEqual({ viewer });
      expect(noteAnswer).toHaveBeenCalledTimes(1);
      expect(store.lastActivityAt()).toBeGreaterThan(startedAt);
    });

    it("rejects with the answer's errors, which readApiProblem reads", async () => {
      const errors = [
        {
          message: 'Too many failed attempts. Try again in 42 seconds.',
          extensions: { code: 'RATE_LIMITED', field: 'email', retryAfter: 41.2 },
        },
        { message: 'A second error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ];
      const sending = requests.send(signInDocument, {
        input: { email: 'ada@example.org', password: 'a long enough secret' },
      });
      server.expectOne('SignIn').answer({ errors });
      const error: unknown = await sending.catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(GraphQLAnswerError);
      expect((error as GraphQLAnswerError).errors).toEqual(errors);
      expect((error as GraphQLAnswerError).message).toBe(errors[0].message);
      expect(readApiProblem(error)).toEqual({
        code: 'RATE_LIMITED',
        field: 'email',
        message: 'Too many failed attempts. Try again in 42 seconds.',
        retryAfterSeconds: 42,
        isUnreachable: false,
      });
      expect(noteAnswer).not.toHaveBeenCalled();
      expect(store.lastActivityAt()).toBe(startedAt);
    });

    it('tells whoever registered that the server answered UNAUTHENTICATED, naming the operation', async () => {
      const unauthenticated = jest.fn();
      requests.whenUnauthenticated(unauthenticated);

      const sending = requests.send(viewerDocument);
      server.expectOne('Viewer').answer({
        errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }],
      });

      await expect(sending).rejects.toBeInstanceOf(GraphQLAnswerError);
      expect(unauthenticated).toHaveBeenCalledTimes(1);
      expect(unauthenticated).toHaveBeenCalledWith('Viewer');
    });

    it('says nothing of UNAUTHENTICATED for other errors', async () => {
      const unauthenticated = jest.fn();
      requests.whenUnauthenticated(unauthenticated);

      const sending = requests.send(signOutDocument);
      server.expectOne('SignOut').answer({
        errors: [{ message: 'Something broke', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });

      await expect(sending).rejects.toBeInstanceOf(GraphQLAnswerError);
      expect(unauthenticated).not.toHaveBeenCalled();
    });

    it('rejects with what readApiProblem calls unreachable when the server cannot be reached', async () => {
      const sending = requests.send(viewerDocument);
      server.expectOne('Viewer').failToConnect();
      const error: unknown = await sending.catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(TypeError);
      expect(readApiProblem(error).isUnreachable).toBe(true);
      expect(noteAnswer).not.toHaveBeenCalled();
    });

    it('rejects an answer with neither data nor errors, as unreachable', async () => {
      const sending = requests.send(viewerDocument);
      server.expectOne('Viewer').answer({});
      const error: unknown = await sending.catch((failure: unknown) => failure);

      expect(readApiProblem(error).isUnreachable).toBe(true);
      expect(noteAnswer).not.toHaveBeenCalled();
    });
  });
});
