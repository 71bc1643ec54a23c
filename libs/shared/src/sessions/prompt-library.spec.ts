import { PROMPT_SITUATIONS } from '../domain/session';
import { BUILT_IN_PROMPTS, PROMPT_THEMES } from './prompt-library';

// Ids shipped so far. They are stored with answers and hidden-prompt lists, so every one of them
// must keep existing with the same id; add new ids here when prompts are added.
const SHIPPED_IDS = [
  'builtin-first-session-useful-time-together',
  'builtin-first-session-first-small-sign',
  'builtin-first-session-already-helped',
  'builtin-first-session-what-matters-most',
  'builtin-first-session-good-at',
  'builtin-celebrating-milestone-how-you-did-it',
  'builtin-celebrating-milestone-what-it-was-like',
  'builtin-celebrating-milestone-what-it-says',
  'builtin-celebrating-milestone-next-step',
  'builtin-celebrating-win-tell-me-more',
  'builtin-celebrating-win-what-made-it-possible',
  'builtin-celebrating-win-the-trying',
  'builtin-celebrating-win-more-of-it',
  'builtin-setbacks-what-helped-get-through',
  'builtin-setbacks-what-was-going-on',
  'builtin-setbacks-kept-it-from-getting-worse',
  'builtin-setbacks-looking-after-yourself',
  'builtin-setbacks-useful-for-next-time',
  'builtin-setbacks-kind-words',
  'builtin-re-engaging-how-things-have-been',
  'builtin-re-engaging-what-life-has-asked',
  'builtin-re-engaging-unrecorded-good-moments',
  'builtin-re-engaging-small-enough-step',
  'builtin-re-engaging-goals-still-fit',
  'builtin-measures-improved-does-it-fit',
  'builtin-measures-improved-what-has-contributed',
  'builtin-measures-improved-day-to-day',
  'builtin-measures-improved-holding-on',
  'builtin-measures-worsened-does-it-fit',
  'builtin-measures-worsened-weighing-on-you',
  'builtin-measures-worsened-still-helping',
  'builtin-measures-worsened-support-now',
  'builtin-measures-worsened-how-we-work',
  'builtin-near-target-where-you-are',
  'builtin-near-target-ready-to-call-it-done',
  'builtin-near-target-date-still-right',
  'builtin-near-target-what-comes-next',
  'builtin-goal-review-still-important',
  'builtin-goal-review-what-has-shifted',
  'builtin-goal-review-own-words',
  'builtin-goal-review-where-on-the-scale',
  'builtin-exceptions-different-this-week',
  'builtin-exceptions-easier-moments',
  'builtin-exceptions-problem-felt-smaller',
  'builtin-exceptions-a-better-day',
  'builtin-scaling-where-today',
  'builtin-scaling-not-lower',
  'builtin-scaling-one-point-up',
  'builtin-scaling-confidence',
  'builtin-coping-how-you-have-managed',
  'builtin-coping-what-keeps-you-going',
  'builtin-coping-small-comforts',
  'builtin-coping-on-your-side',
];

const ids = BUILT_IN_PROMPTS.map((prompt) => prompt.id);
const texts = BUILT_IN_PROMPTS.map((prompt) => prompt.text);

describe('the built-in prompt library', () => {
  it('has at least 30 prompts', () => {
    expect(BUILT_IN_PROMPTS.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every prompt its own id and its own text', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(texts.map((text) => text.toLowerCase())).size).toBe(texts.length);
  });

  it('keeps every shipped id, because ids are stored with answers', () => {
    expect(ids).toEqual(expect.arrayContaining(SHIPPED_IDS));
  });

  it('names each prompt builtin-, then its theme, then a kebab-case slug', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      const themeSlug = prompt.theme.toLowerCase().replace(/_/g, '-');
      expect(prompt.id).toMatch(/^builtin-[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(prompt.id.startsWith(`builtin-${themeSlug}-`)).toBe(true);
    }
  });

  it.each(PROMPT_SITUATIONS)('offers at least 3 prompts for %s', (situation) => {
    const fitting = BUILT_IN_PROMPTS.filter((prompt) => prompt.situations.includes(situation));
    expect(fitting.length).toBeGreaterThanOrEqual(3);
  });

  it('uses every theme', () => {
    const used = new Set(BUILT_IN_PROMPTS.map((prompt) => prompt.theme));
    expect([...used].sort()).toEqual([...PROMPT_THEMES].sort());
  });

  it('gives every prompt at least one situation and no situation twice', () => {
    for (const prompt of BUILT_IN_PROMPTS) {
      expect(prompt.situations.length).toBeGreaterThan(0);
      expect(new Set(prompt.situations).size).toBe(prompt.situations.length);
    }
  });

  it('asks every prompt as a question of at most 200 characters', () => {
    for (const text of texts) {
      expect(text.endsWith('?')).toBe(true);
      expect(text.length).toBeLessThanOrEqual(200);
      expect(text).toBe(text.trim());
    }
  });

  it('includes the exception question the issue asks for, word for word', () => {
    expect(BUILT_IN_PROMPTS).toContainEqual(
      expect.objectContaining({
        text: 'What did you do differently this week?',
        theme: 'EXCEPTIONS',
      }),
    );
  });

  it('includes the setback question the issue asks for, word for word', () => {
    expect(BUILT_IN_PROMPTS).toContainEqual(
      expect.objectContaining({
        text: 'What helped you get through it, even a little?',
        situations: expect.arrayContaining(['SETBACK_LOGGED']) as unknown,
      }),
    );
  });

  it('uses no words that blame, judge or compare the client with others', () => {
    // UX.md: strengths-based words, no "failed" or "non-compliant", the client's own baseline as
    // the only yardstick.
    const judging =
      /\b(fail\w*|should|must|why didn'?t|compliant|non-compliant|normal|everyone|other people|most people|others|wrong|bad|worse than|better than others|lazy|excuse\w*)\b/i;
    for (const text of texts) expect(text).not.toMatch(judging);
  });
});
