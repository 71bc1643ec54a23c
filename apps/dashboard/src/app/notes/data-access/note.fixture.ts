import { NOTE_SECTIONS, type NoteFormat } from '@waypoint/shared';

import type { NoteHistoryAction } from '../../__generated__/graphql';
import type { PrivateNoteRecord, SessionNoteRecord } from './note-documents';

// Records as the server answers them (with __typenames), for specs. Moments are fixed, so the
// words on screen are too.

const ada = { __typename: 'Clinician' as const, id: 'clinician-1', displayName: 'Ada Okafor' };

/** The texts a fresh draft has, one line per section: "Subjective drafted from the record." */
export function draftedTexts(format: NoteFormat): Record<string, string> {
  return Object.fromEntries(
    NOTE_SECTIONS[format].map((section) => [
      section.key,
      `${section.title} drafted from the record.`,
    ]),
  );
}

/** A progress note of Sam's session on 12 March 2026, a draft in SOAP unless told. */
export function aNote(
  options: {
    readonly format?: NoteFormat;
    readonly version?: number;
    readonly texts?: Readonly<Record<string, string>>;
    readonly isSigned?: boolean;
    readonly addenda?: SessionNoteRecord['addenda'];
  } = {},
) {
  const format = options.format ?? 'SOAP';
  const texts = options.texts ?? draftedTexts(format);
  const isSigned = options.isSigned ?? false;
  return {
    __typename: 'SessionNote' as const,
    id: 'note-1',
    version: options.version ?? 1,
    sessionId: 'session-1',
    clientId: 'client-1',
    format,
    status: isSigned ? ('SIGNED' as const) : ('DRAFT' as const),
    sections: NOTE_SECTIONS[format].map((section) => ({
      __typename: 'NoteSection' as const,
      key: section.key,
      title: section.title,
      text: texts[section.key] ?? '',
    })),
    author: { ...ada, defaultNoteFormat: 'SOAP' as const },
    createdAt: '2026-03-12T10:55:00.000Z',
    updatedAt: '2026-03-12T11:00:00.000Z',
    signedAt: isSigned ? '2026-03-12T12:00:00.000Z' : null,
    signedBy: isSigned ? ada : null,
    addenda: [...(options.addenda ?? [])].map((addendum) => ({
      __typename: 'NoteAddendum' as const,
      ...addendum,
      author: { __typename: 'Clinician' as const, ...addendum.author },
    })),
    // Any action, so a spec can add entries of its own (an edit, say).
    history: [
      {
        __typename: 'NoteHistoryEntry' as const,
        action: 'DRAFTED' as NoteHistoryAction,
        at: '2026-03-12T10:55:00.000Z',
        actor: ada,
      },
      ...(isSigned
        ? [
            {
              __typename: 'NoteHistoryEntry' as const,
              action: 'SIGNED' as NoteHistoryAction,
              at: '2026-03-12T12:00:00.000Z',
              actor: ada,
            },
          ]
        : []),
    ],
  };
}

/** A private note, as saved. */
export function aPrivateNote(
  text: string,
  version = 1,
): PrivateNoteRecord & { __typename: 'PrivateNote' } {
  return {
    __typename: 'PrivateNote',
    id: 'private-1',
    version,
    sessionId: 'session-1',
    text,
    updatedAt: '2026-03-12T11:00:00.000Z',
  };
}

/** The note page's answer for a note, with Sam and the session it came from. */
export function aNotePage(
  note: ReturnType<typeof aNote> = aNote(),
  privateNote: ReturnType<typeof aPrivateNote> | null = null,
) {
  return {
    client: {
      __typename: 'Client',
      id: 'client-1',
      preferredName: 'Sam Rivera',
      pronouns: 'they/them',
    },
    sessionNote: {
      ...note,
      session: {
        __typename: 'TherapySession',
        id: 'session-1',
        modality: 'VIDEO' as const,
        startedAt: '2026-03-12T10:00:00.000Z',
        endedAt: '2026-03-12T10:50:00.000Z',
        durationMinutes: 50,
        isFirst: false,
        notes: 'Talked about the walk to the shop.',
        promptsAsked: [
          {
            __typename: 'AskedPrompt',
            id: 'asked-1',
            text: 'What helped this week, even a little?',
            answer: 'Opening the curtains first thing.',
          },
        ],
        milestonesTicked: [
          { __typename: 'Milestone', id: 'milestone-1', title: 'Shoes by the door' },
        ],
        progressEntries: [
          {
            __typename: 'ProgressEntry',
            id: 'entry-1',
            kind: 'WIN' as const,
            clientWords: 'Walked to the corner.',
            isEffort: false,
          },
        ],
        measures: [
          {
            __typename: 'MeasureResponse',
            id: 'measure-1',
            instrument: 'PHQ9' as const,
            total: 11,
            moodWord: null,
            hasSafetyFlag: false,
          },
        ],
        privateNote,
      },
    },
  };
}
