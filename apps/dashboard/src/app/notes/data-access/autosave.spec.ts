import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { Autosave, autosaveStatusText } from './autosave';

/** An error as Apollo raises it for a GraphQL error with a code. */
function graphqlError(code: string, message = 'Refused'): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
}

/** A save the spec answers when it wants, recording what was sent. */
function controlledSaves() {
  const sent: { value: string; version: number | null }[] = [];
  const answers: { resolve: (version: number) => void; reject: (error: unknown) => void }[] = [];
  const save = (value: string, version: number | null) =>
    new Promise<number>((resolve, reject) => {
      sent.push({ value, version });
      answers.push({ resolve, reject });
    });
  return { sent, answers, save };
}

describe('Autosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the latest value once typing pauses, over the version it started from', async () => {
    const saves = controlledSaves();
    const autosave = new Autosave<string>({ delayMs: 1_500, save: saves.save });
    autosave.reset(3);

    autosave.change('Walked');
    autosave.change('Walked to the shop');
    expect(autosave.status()).toBe('WAITING');
    jest.advanceTimersByTime(1_499);
    expect(saves.sent).toEqual([]);

    jest.advanceTimersByTime(1);
    expect(saves.sent).toEqual([{ value: 'Walked to the shop', version: 3 }]);
    expect(autosave.status()).toBe('SAVING');

    saves.answers[0].resolve(4);
    await jest.runAllTimersAsync();
    expect(autosave.status()).toBe('SAVED');
    expect(autosave.version()).toBe(4);
  });

  it('sends typing that arrives during a save next, over the version that save answered', async () => {
    const saves = controlledSaves();
    const autosave = new Autosave<string>({ delayMs: 1_500, save: saves.save });
    autosave.reset(1);

    autosave.change('first');
    const flushed = autosave.flush();
    autosave.change('first and more');
    saves.answers[0].resolve(2);
    await Promise.resolve();
    await jest.advanceTimersByTimeAsync(0);

    expect(saves.sent).toEqual([
      { value: 'first', version: 1 },
      { value: 'first and more', version: 2 },
    ]);
    expect(autosave.status()).toBe('SAVING');
    saves.answers[1].resolve(3);
    await flushed;
    await jest.runAllTimersAsync();
    expect(autosave.status()).toBe('SAVED');
  });

  it('keeps the value through a conflict and saves it over the newer version only when asked', async () => {
    const saves = controlledSaves();
    const conflicted = jest.fn();
    const autosave = new Autosave<string>({ delayMs: 1_500, save: saves.save, conflicted });
    autosave.reset(1);

    autosave.change('mine');
    const flushed = autosave.flush();
    saves.answers[0].reject(graphqlError('CONFLICT'));
    await flushed;
    expect(autosave.status()).toBe('CONFLICT');
    expect(conflicted).toHaveBeenCalledTimes(1);

    // Typing goes on during the conflict; nothing is sent until the clinician chooses.
    autosave.change('mine, still typing');
    await jest.runAllTimersAsync();
    expect(saves.sent).toHaveLength(1);

    const kept = autosave.keepMine(5);
    expect(saves.sent[1]).toEqual({ value: 'mine, still typing', version: 5 });
    saves.answers[1].resolve(6);
    await kept;
    expect(autosave.status()).toBe('SAVED');
    expect(autosave.version()).toBe(6);
  });

  it('after a failure keeps the value, says why, and sends it again with the next keystroke', async () => {
    const saves = controlledSaves();
    const autosave = new Autosave<string>({ delayMs: 1_500, save: saves.save });
    autosave.reset(1);

    autosave.change('mine');
    const flushed = autosave.flush();
    saves.answers[0].reject(graphqlError('BAD_USER_INPUT', 'The plan is too long.'));
    await flushed;
    expect(autosave.status()).toBe('FAILED');
    expect(autosave.problem()).toBe('The plan is too long.');

    autosave.change('mine, shorter');
    await jest.advanceTimersByTimeAsync(1_500);
    expect(saves.sent[1]).toEqual({ value: 'mine, shorter', version: 1 });
  });

  it('says where the value stands in words', () => {
    expect(autosaveStatusText('SAVED')).toBe('Saved');
    expect(autosaveStatusText('SAVING')).toBe('Saving…');
    expect(autosaveStatusText('WAITING')).toBe('Not saved yet');
  });

  it('treats an error without a GraphQL answer as unreachable', async () => {
    const saves = controlledSaves();
    const autosave = new Autosave<string>({ delayMs: 1_500, save: saves.save });
    autosave.change('mine');
    const flushed = autosave.flush();
    saves.answers[0].reject(new TypeError('Failed to fetch'));
    await flushed;
    expect(autosave.problem()).toContain("can't be reached");
  });
});
