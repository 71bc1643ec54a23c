import { NOTE_FORMATS } from '../domain/session';
import { NOTE_SECTIONS, noteToMarkdown, noteToPlainText } from './note-formats';

describe('note formats', () => {
  it('lists the sections of each format in the order they are written', () => {
    const keys = (format: (typeof NOTE_FORMATS)[number]) =>
      NOTE_SECTIONS[format].map((section) => section.key);
    expect(keys('SOAP')).toEqual(['subjective', 'objective', 'assessment', 'plan']);
    expect(keys('DAP')).toEqual(['data', 'assessment', 'plan']);
    expect(keys('BIRP')).toEqual(['behavior', 'intervention', 'response', 'plan']);
    expect(keys('GIRP')).toEqual(['goals', 'intervention', 'response', 'plan']);
  });

  it('gives every section a title and a one-line purpose for the editor', () => {
    for (const format of NOTE_FORMATS) {
      for (const section of NOTE_SECTIONS[format]) {
        expect(section.title).toMatch(/^[A-Z]/);
        expect(section.purpose).not.toContain('\n');
        expect(section.purpose.length).toBeGreaterThan(0);
      }
    }
  });
});

const SECTIONS = {
  data: 'Robin shared a small win: “I *really* tried.”\nMood check-in 6/10.',
  assessment: '“Get to the shop on my own”: 4 of 7 milestones ticked.',
  plan: '',
};

describe('exporting a note', () => {
  it('writes plain text with the heading, each section title and its text verbatim', () => {
    expect(noteToPlainText('DAP', SECTIONS, 'Progress note: Robin, 12 March 2025')).toBe(
      [
        'Progress note: Robin, 12 March 2025',
        '===================================',
        '',
        'DATA',
        'Robin shared a small win: “I *really* tried.”',
        'Mood check-in 6/10.',
        '',
        'ASSESSMENT',
        '“Get to the shop on my own”: 4 of 7 milestones ticked.',
        '',
        'PLAN',
        '(Nothing written.)',
        '',
      ].join('\n'),
    );
  });

  it('writes Markdown with a paragraph per line, escaping what Markdown would format', () => {
    expect(noteToMarkdown('DAP', SECTIONS, 'Progress note: Robin')).toBe(
      [
        '# Progress note: Robin',
        '',
        '## Data',
        '',
        'Robin shared a small win: “I \\*really\\* tried.”',
        '',
        'Mood check-in 6/10.',
        '',
        '## Assessment',
        '',
        '“Get to the shop on my own”: 4 of 7 milestones ticked.',
        '',
        '## Plan',
        '',
        '(Nothing written.)',
        '',
      ].join('\n'),
    );
  });

  it('keeps a line the clinician began with a list marker or heading sign as text', () => {
    const markdown = noteToMarkdown('SOAP', { subjective: '- walked\n# 1\n3. slept' }, 'Note');
    expect(markdown).toContain('\\- walked\n\n\\# 1\n\n3\\. slept');
  });
});

describe('a signed note as exported', () => {
  const sections = { data: 'Robin came.', assessment: 'Steady.', plan: 'Same time next week.' };
  const signing = {
    signedLine: 'Signed by Maya Lindqvist on 1 December 2026, 11:20',
    addenda: [
      {
        heading: 'Addendum by Maya Lindqvist, 2 December 2026, 09:00',
        text: 'Robin asked for video next time.',
      },
    ],
  };

  it('carries its signature and addenda after the sections, in text and in Markdown', () => {
    const text = noteToPlainText('DAP', sections, 'Progress note', signing);
    expect(text.indexOf('Signed by Maya Lindqvist')).toBeGreaterThan(
      text.indexOf('Same time next week.'),
    );
    expect(text).toContain(
      'ADDENDUM BY MAYA LINDQVIST, 2 DECEMBER 2026, 09:00\nRobin asked for video next time.',
    );
    const markdown = noteToMarkdown('DAP', sections, 'Progress note', signing);
    expect(markdown).toContain('*Signed by Maya Lindqvist on 1 December 2026, 11:20*');
    expect(markdown).toContain(
      '## Addendum by Maya Lindqvist, 2 December 2026, 09:00\n\nRobin asked for video next time.',
    );
  });

  it('has neither for a draft', () => {
    expect(noteToPlainText('DAP', sections, 'Progress note')).not.toContain('Signed by');
  });
});
