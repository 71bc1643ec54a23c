import { TestBed } from '@angular/core/testing';

import { SessionStore } from './session-store';

const minute = 60_000;
const answeredAt = Date.parse('2026-03-14T09:00:00.000Z');

function times(idleInMs: number, lifetimeInMs = 12 * 60 * minute) {
  return {
    idleExpiresAt: new Date(answeredAt + idleInMs).toISOString(),
    expiresAt: new Date(answeredAt + lifetimeInMs).toISOString(),
  };
}

describe('SessionStore', () => {
  let store: InstanceType<typeof SessionStore>;

  beforeEach(() => {
    store = TestBed.inject(SessionStore);
  });

  it('knows nobody is signed in until a viewer answer starts the session', () => {
    expect(store.isSignedIn()).toBe(false);
    expect(store.deadline()).toBeNull();
  });

  it('measures the idle window from the viewer answer to idleExpiresAt', () => {
    store.start(times(15 * minute), answeredAt);

    expect(store.isSignedIn()).toBe(true);
    expect(store.idleWindowMs()).toBe(15 * minute);
    expect(store.deadline()).toBe(answeredAt + 15 * minute);
  });

  it('pushes the deadline back by the window on every later answer', () => {
    store.start(times(15 * minute), answeredAt);

    store.noteActivity(answeredAt + 4 * minute);

    expect(store.deadline()).toBe(answeredAt + 19 * minute);
  });

  it('ignores an answer that arrives out of order, older than the last one', () => {
    store.start(times(15 * minute), answeredAt);
    store.noteActivity(answeredAt + 4 * minute);

    store.noteActivity(answeredAt + 2 * minute);

    expect(store.deadline()).toBe(answeredAt + 19 * minute);
  });

  it('ignores answers while nobody is signed in', () => {
    store.noteActivity(answeredAt);

    expect(store.deadline()).toBeNull();
  });

  it('never lets activity carry the session past its absolute lifetime', () => {
    store.start(times(15 * minute, 20 * minute), answeredAt);

    store.noteActivity(answeredAt + 10 * minute);

    expect(store.deadline()).toBe(answeredAt + 20 * minute);
    expect(store.isLifetimeEnding()).toBe(true);
  });

  it('forgets the session at its end and keeps the reason for the sign-in page', () => {
    store.start(times(15 * minute), answeredAt);

    store.end('INACTIVE');

    expect(store.isSignedIn()).toBe(false);
    expect(store.deadline()).toBeNull();
    expect(store.signInNotice()).toBe('INACTIVE');
  });

  it('clears the sign-in notice when a new session starts', () => {
    store.end('SIGNED_OUT');

    store.start(times(15 * minute), answeredAt);

    expect(store.signInNotice()).toBeNull();
  });
});
