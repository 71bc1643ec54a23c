import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { SESSION_CHANNEL, SessionAcrossTabs, type SessionMessage } from './session-across-tabs';
import { SessionEnding } from './session-ending';
import { provideSessionServerStandIn, SessionServerStandIn } from './session-requests.testing';
import { SessionStore } from './session-store';
import { aViewer } from './viewer.fixture';

@Component({ template: '' })
class PageStandIn {}

/** A channel that records what this tab says and lets the spec speak for another tab. */
class FakeChannel {
  readonly sent: SessionMessage[] = [];
  private listener: ((event: MessageEvent<SessionMessage>) => void) | null = null;

  postMessage(message: SessionMessage): void {
    this.sent.push(message);
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent<SessionMessage>) => void) {
    this.listener = listener;
  }

  fromAnotherTab(message: SessionMessage): void {
    this.listener?.({ data: message } as MessageEvent<SessionMessage>);
  }
}

describe('SessionAcrossTabs', () => {
  let channel: FakeChannel;
  let store: InstanceType<typeof SessionStore>;
  let backend: ApolloTestingController;
  let server: SessionServerStandIn;
  let startedAt: number;

  beforeEach(async () => {
    channel = new FakeChannel();
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        provideRouter([{ path: '**', component: PageStandIn }]),
        { provide: SESSION_CHANNEL, useValue: channel },
        provideSessionServerStandIn(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    server = TestBed.inject(SessionServerStandIn);
    store = TestBed.inject(SessionStore);
    TestBed.inject(SessionEnding);
    startedAt = Date.now();
    store.start(aViewer({ idleInMs: 15 * 60_000, now: startedAt }), startedAt);
    await TestBed.inject(Router).navigateByUrl('/clients/client-7');
  });

  afterEach(() => {
    backend.verify();
    server.verify();
  });

  it('tells the other tabs when an answer extended the shared session', () => {
    const at = Date.now() + 1_000;

    TestBed.inject(SessionAcrossTabs).noteAnswer(at);

    expect(channel.sent).toEqual([{ kind: 'answered', at }]);
    expect(store.lastActivityAt()).toBe(at);
  });

  it("keeps this tab's deadline in step with work done in another tab", () => {
    channel.fromAnotherTab({ kind: 'answered', at: startedAt + 5 * 60_000 });

    expect(store.deadline()).toBe(startedAt + 20 * 60_000);
  });

  it('forgets the session here when another tab signs out, without asking the server', async () => {
    channel.fromAnotherTab({ kind: 'ended', notice: 'SIGNED_OUT' });
    await new Promise((resolve) => setTimeout(resolve));

    server.expectNone('SignOut');
    backend.expectNone('SignOut');
    expect(store.isSignedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnTo=%2Fclients%2Fclient-7');
    expect(channel.sent).toEqual([]);
  });

  it('tells the other tabs when this tab signs out', async () => {
    const signingOut = TestBed.inject(SessionEnding).signOut();
    server.expectOne('SignOut').answer({ data: { signOut: true } });
    await signingOut;

    // Said once; the sign-out's own answer extends nothing, so it is not passed on.
    expect(channel.sent).toEqual([{ kind: 'ended', notice: 'SIGNED_OUT' }]);
  });
});
