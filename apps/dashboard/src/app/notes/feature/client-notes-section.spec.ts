import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatChipHarness } from '@angular/material/chips/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { readableText } from '../../clients/feature/client-page.testing';
import { ClientNotesSection } from './client-notes-section';

const ada = { __typename: 'Clinician' as const, id: 'clinician-1', displayName: 'Ada Okafor' };

const twoNotes = {
  client: {
    __typename: 'Client',
    id: 'client-1',
    notes: [
      {
        __typename: 'SessionNote',
        id: 'note-2',
        format: 'DAP' as const,
        status: 'DRAFT' as const,
        signedAt: null,
        signedBy: null,
        session: {
          __typename: 'TherapySession',
          id: 'session-2',
          startedAt: '2026-03-12T10:00:00.000Z',
        },
      },
      {
        __typename: 'SessionNote',
        id: 'note-1',
        format: 'SOAP',
        status: 'SIGNED',
        signedAt: '2026-03-05T12:00:00.000Z',
        signedBy: ada,
        session: {
          __typename: 'TherapySession',
          id: 'session-1',
          startedAt: '2026-03-05T10:00:00.000Z',
        },
      },
    ],
  },
};

describe('ClientNotesSection', () => {
  let fixture: ComponentFixture<ClientNotesSection>;
  let backend: ApolloTestingController;

  async function render(answer: object): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [provideRouter([])],
    });
    backend = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ClientNotesSection);
    fixture.componentRef.setInput('clientId', 'client-1');
    await fixture.whenStable();
    backend.expectOne('ClientNotes').flushData(answer);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  it('lists each note with its session day, format and status, linking to the note', async () => {
    await render(twoNotes);

    const items = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-note]'),
    );
    expect(items.map((item) => readableText(item))).toEqual([
      'Session on March 12, 2026 DAP Draft',
      'Session on March 5, 2026 SOAP Signed by Ada Okafor on March 5, 2026',
    ]);
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual([
      '/clients/client-1/notes/note-2',
      '/clients/client-1/notes/note-1',
    ]);
    const chips = await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatChipHarness);
    expect(await Promise.all(chips.map((chip) => chip.getText()))).toEqual([
      'Draft',
      'Signed by Ada Okafor on March 5, 2026',
    ]);
  });

  it('says how many notes wait to be signed, and links to the progress letter', async () => {
    await render(twoNotes);

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-notes-to-sign]')?.textContent?.trim()).toBe(
      '1 note waits to be signed.',
    );
    const letter = Array.from(element.querySelectorAll('a')).find(
      (link) => link.textContent?.trim() === 'Progress letter',
    );
    expect(letter?.getAttribute('href')).toBe('/clients/client-1/progress-letter');
    expect(element.querySelector('section')?.id).toBe('notes');
  });

  it('says where notes come from before the first one is drafted', async () => {
    await render({ client: { ...twoNotes.client, notes: [] } });

    expect(readableText(fixture.nativeElement)).toContain(
      'No progress notes yet. After a session, “Draft the progress note” writes one',
    );
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-notes-to-sign]')).toBeNull();
  });
});
