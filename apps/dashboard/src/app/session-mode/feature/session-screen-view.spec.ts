import type { SessionAction } from '../data-access/session-action';
import type {
  SessionScreenClient,
  SessionScreenSession,
} from '../data-access/session-screen-documents';
import { sessionScreenView } from './session-screen-view';

const sessionId = 'session-1';

function milestone(
  id: string,
  title: string,
  done: { at: string; inSession?: string } | null = null,
) {
  return {
    id,
    version: 1,
    goalId: 'goal-1',
    title,
    dueOn: null,
    doneAt: done?.at ?? null,
    doneInSessionId: done?.inSession ?? null,
  };
}

function session(overrides: Partial<SessionScreenSession> = {}): SessionScreenSession {
  return {
    id: sessionId,
    version: 1,
    clientId: 'client-1',
    modality: 'IN_PERSON',
    startedAt: '2026-12-01T09:00:00.000Z',
    endedAt: null,
    durationMinutes: null,
    isFirst: false,
    notes: '',
    promptsAsked: [],
    progressEntries: [],
    measures: [],
    promptSuggestions: [
      {
        situation: 'MILESTONE_DONE',
        reason: '1 milestone ticked since last session',
        prompt: { id: 'builtin-a', text: 'What helped?' },
      },
      {
        situation: 'ANY_SESSION',
        reason: 'A question for any session',
        prompt: { id: 'builtin-b', text: 'What was different?' },
      },
    ],
    ...overrides,
  } as unknown as SessionScreenSession;
}

function client(milestones: ReturnType<typeof milestone>[]): SessionScreenClient {
  return {
    id: 'client-1',
    preferredName: 'Robin',
    pronouns: null,
    status: 'ACTIVE',
    goals: [
      {
        id: 'goal-1',
        clientWords: 'Get to the shop',
        status: 'ACTIVE',
        targetDate: null,
        milestones,
      },
      {
        id: 'goal-2',
        clientWords: 'Finished goal',
        status: 'COMPLETED',
        targetDate: null,
        milestones: [],
      },
    ],
    openSession: null,
  } as unknown as SessionScreenClient;
}

function waiting(
  kind: SessionAction['kind'],
  variables: Record<string, unknown>,
  label: string = kind,
): SessionAction {
  return {
    key: `key-${kind}-${JSON.stringify(variables)}`,
    accountId: 'clinician-1',
    sessionId,
    kind,
    variables,
    label,
    takenAt: '2026-12-01T09:10:00.000Z',
  };
}

describe('the session screen view', () => {
  const steps = [
    milestone('m1', 'Kettle', { at: '2026-11-20T10:00:00Z' }),
    milestone('m2', 'Curtains', { at: '2026-12-01T09:05:00Z', inSession: sessionId }),
    milestone('m3', 'Front door'),
    milestone('m4', 'End of the road'),
    milestone('m5', 'Corner shop'),
    milestone('m6', 'Buy one thing'),
  ];

  it('shows active goals only, with steps ticked here and the next three to do, numbered', () => {
    const view = sessionScreenView(client(steps), session(), [], []);
    expect(view.goals.map((goal) => goal.clientWords)).toEqual(['Get to the shop']);
    expect(view.goals[0]!.milestones.map((each) => [each.title, each.shortcut])).toEqual([
      ['Curtains', 1],
      ['Front door', 2],
      ['End of the road', 3],
      ['Corner shop', 4],
    ]);
    expect(view.goals[0]).toMatchObject({ ticked: 2, total: 6 });
    expect(view.milestonesByShortcut.get(2)?.id).toBe('m3');
  });

  it('lays a waiting tick over the saved record, and the latest of a tick and an untick wins', () => {
    const view = sessionScreenView(
      client(steps),
      session(),
      [
        waiting('TICK_MILESTONE', { id: 'm3' }),
        waiting('TICK_MILESTONE', { id: 'm4' }),
        waiting('UNTICK_MILESTONE', { id: 'm4' }),
      ],
      [],
    );
    const byId = new Map(view.goals[0]!.milestones.map((each) => [each.id, each]));
    expect(byId.get('m3')).toMatchObject({ isDone: true, isWaiting: true });
    expect(byId.get('m4')).toMatchObject({ isDone: false, isWaiting: true });
  });

  it('lists what was saved, what waits and what was refused, but not every notes save', () => {
    const refused = waiting('LOG_PROGRESS', { clientId: 'client-1' }, 'Small win: “Went out”');
    const view = sessionScreenView(
      client(steps),
      session(),
      [
        waiting('SAVE_NOTES', { notes: 'x' }),
        waiting('TICK_MILESTONE', { id: 'm3' }, 'Ticked “Front door”'),
      ],
      [
        {
          action: refused,
          message: 'This session has ended',
          code: 'BAD_USER_INPUT',
          field: 'sessionId',
          rejectedAt: '',
        },
      ],
    );
    expect(view.activity.map((item) => [item.label, item.state])).toEqual([
      ['Ticked “Curtains”', 'SAVED'],
      ['Ticked “Front door”', 'WAITING'],
      ['Small win: “Went out”', 'REFUSED'],
    ]);
    expect(view.activity[2]!.problem).toBe('This session has ended');
    expect(view.areNotesWaiting).toBe(true);
  });

  it('moves a prompt from the suggestions to "asked" as soon as it is asked, saved or not', () => {
    const view = sessionScreenView(
      client(steps),
      session(),
      [waiting('ANSWER_PROMPT', { promptId: 'builtin-a', answer: 'Walking with my sister' })],
      [],
    );
    expect(view.suggestions.map((each) => each.promptId)).toEqual(['builtin-b']);
    expect(view.askedPrompts).toEqual([
      {
        promptId: 'builtin-a',
        text: 'What helped?',
        answer: 'Walking with my sister',
        isWaiting: true,
      },
    ]);
  });

  it('raises the safety line for a waiting PHQ-9 with item 9 above 0, and not for one at 0', () => {
    const phq9 = (itemNine: number) =>
      waiting('RECORD_MEASURE', {
        input: { instrument: 'PHQ9', answers: [1, 1, 1, 1, 1, 1, 1, 1, itemNine] },
      });
    expect(sessionScreenView(client(steps), session(), [phq9(1)], []).hasSafetyFlag).toBe(true);
    expect(sessionScreenView(client(steps), session(), [phq9(0)], []).hasSafetyFlag).toBe(false);
  });
});
