import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { ClientSessionsSection } from './client-sessions-section';

function session(index: number, note: { id: string; status: 'DRAFT' | 'SIGNED' } | null) {
  const startedAt = new Date(Date.UTC(2026, 10, 30 - index * 7, 10, 0)).toISOString();
  return {
    __typename: 'TherapySession',
    id: `session-${index}`,
    startedAt,
    endedAt: index === 0 ? null : startedAt,
    durationMinutes: index === 0 ? null : 50,
    modality: 'VIDEO',
    note: note && { __typename: 'SessionNote', ...note },
  };
}

describe("the client's sessions on their page", () => {
  async function render(sessions: ReturnType<typeof session>[]) {
    TestBed.configureTestingModule({
      imports: [ClientSessionsSection, LoadedApolloTestingModule],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(ClientSessionsSection);
    fixture.componentRef.setInput('clientId', 'client-1');
    fixture.detectChanges();
    await fixture.whenStable();
    TestBed.inject(ApolloTestingController)
      .expectOne('ClientSessions')
      .flushData({ client: { __typename: 'Client', id: 'client-1', sessions } });
    await fixture.whenStable();
    fixture.detectChanges();
    const links = () =>
      [...fixture.nativeElement.querySelectorAll('li a')].map((link: HTMLAnchorElement) => [
        link.textContent?.trim(),
        link.getAttribute('href'),
      ]);
    return { fixture, links };
  }

  it('links each session to its note, or to session mode while it is open', async () => {
    const { fixture, links } = await render([
      session(0, null),
      session(1, { id: 'note-1', status: 'DRAFT' }),
      session(2, { id: 'note-2', status: 'SIGNED' }),
      session(3, null),
    ]);
    expect(links()).toEqual([
      ['Open now', '/clients/client-1/session'],
      ['Draft note', '/clients/client-1/notes/note-1'],
      ['Signed note', '/clients/client-1/notes/note-2'],
    ]);
    expect(fixture.nativeElement.textContent).toContain('video · 50 min');
    expect(fixture.nativeElement.textContent).toContain('No progress note');
  });

  it('shows the latest five, and the rest on asking', async () => {
    const { fixture } = await render(
      Array.from({ length: 7 }, (_each, index) => session(index, null)),
    );
    expect(fixture.nativeElement.querySelectorAll('li')).toHaveLength(5);
    const more: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(more.textContent?.trim()).toBe('Show all 7 sessions');
    more.click();
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelectorAll('li')).toHaveLength(7);
  });
});
