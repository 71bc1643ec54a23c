import { dataOf, daysFromToday, expectRefusal } from '../clients/client-record-fixture';
import { ChangeGoalStatus, LogProgressEntry } from '../clients/client-documents';
import { ProgressLetterQuery } from './note-documents';
import { RICH, startNotesFixture, type NotesFixture } from './notes-fixture';

// The progress letter over GraphQL: what the record holds for the range, in warm words to
// the client, scores only when asked, read by whoever may read the record and audited.

describe('the progress letter', () => {
  let fixture: NotesFixture;

  beforeAll(async () => {
    fixture = await startNotesFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('tells the client, by name, their wins, milestones and achieved goals for the range', async () => {
    const rich = await fixture.richSession();
    const achieved = dataOf(
      await fixture.clinician.post(ChangeGoalStatus, {
        input: { goalId: rich.shopGoal.id, version: rich.shopGoal.version, status: 'COMPLETED' },
      }),
    ).changeGoalStatus;
    expect(achieved.status).toBe('COMPLETED');
    // A win from before the range is not in the letter.
    const input = {
      kind: 'WIN',
      category: 'SELF_CARE',
      clientWords: 'Long before the letter',
      occurredOn: daysFromToday(-40),
    } as const;
    dataOf(await fixture.clinician.post(LogProgressEntry, { clientId: rich.client.id, input }));

    const mark = await fixture.auditMark();
    const range = { from: daysFromToday(-7), to: daysFromToday(0) };
    const letter = dataOf(
      await fixture.clinician.post(ProgressLetterQuery, { clientId: rich.client.id, ...range }),
    ).progressLetter;
    expect(letter).toMatchObject({ clientId: rich.client.id, ...range });
    const [greeting, opening, ...rest] = letter.paragraphs;
    expect(greeting).toBe('Dear Robin,');
    expect(opening).toMatch(/^This letter looks back on your time from \d+ \w+ \d{4} to /);
    expect(rest).toContain(`You noticed a small win, in your own words: “${RICH.win}”.`);
    expect(rest).toContain(
      `You reached 2 milestones on the way to “${RICH.shopGoal}”: “${RICH.milestones[0]}” and “${RICH.milestones[1]}”.`,
    );
    expect(rest).toContain(`And you achieved a goal you set: “${RICH.shopGoal}”.`);
    expect(rest).toContain(
      'There were harder days too (you noted one), and you kept going through them.',
    );
    const text = letter.paragraphs.join('\n');
    expect(text).not.toContain(RICH.setback);
    expect(text).not.toContain('Long before the letter');
    expect(text).not.toMatch(/questionnaire|score|PHQ|GAD/);
    expect(await fixture.auditEventsSince(mark)).toMatchObject([
      {
        action: 'CLIENT_VIEWED',
        entityType: 'PROGRESS_LETTER',
        entityId: rich.client.id,
        clientId: rich.client.id,
      },
    ]);
  });

  it('adds PHQ-9 and GAD-7 first and last in the range, plainly, only when asked', async () => {
    const rich = await fixture.richSession();
    const letter = dataOf(
      await fixture.clinician.post(ProgressLetterQuery, {
        clientId: rich.client.id,
        from: daysFromToday(-45),
        to: daysFromToday(0),
        includeScores: true,
      }),
    ).progressLetter;
    expect(letter.paragraphs).toContain(
      'On the short questionnaire about low mood (the PHQ-9), your score went down from 18 to 9. On this questionnaire, a lower score means fewer signs of low mood.',
    );
    expect(letter.paragraphs).toContain(
      'You filled in the short questionnaire about worry and anxiety (the GAD-7) once in this time, with a score of 8.',
    );
    // The baseline falls outside a shorter range: only the score inside it is named.
    const recent = dataOf(
      await fixture.clinician.post(ProgressLetterQuery, {
        clientId: rich.client.id,
        from: daysFromToday(-7),
        to: daysFromToday(0),
        includeScores: true,
      }),
    ).progressLetter;
    expect(recent.paragraphs.join('\n')).not.toContain('from 18');
  });

  it('is read by the supervisor too, and refuses a range that ends before it starts', async () => {
    const client = await fixture.newClient();
    const read = dataOf(
      await fixture.supervisor.post(ProgressLetterQuery, {
        clientId: client.id,
        from: daysFromToday(-30),
        to: daysFromToday(0),
      }),
    ).progressLetter;
    expect(read.paragraphs[0]).toBe('Dear Robin,');
    expect(read.paragraphs[2]).toMatch(/^Not everything that matters gets written down/);
    expectRefusal(
      await fixture.clinician.post(ProgressLetterQuery, {
        clientId: client.id,
        from: daysFromToday(0),
        to: daysFromToday(-1),
      }),
      'BAD_USER_INPUT',
      'to',
    );
  });
});
