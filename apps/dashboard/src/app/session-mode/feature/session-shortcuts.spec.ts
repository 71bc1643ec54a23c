import { isTypingTarget, shortcutFor } from './session-shortcuts';

describe('session screen shortcuts', () => {
  it.each([
    ['1', { kind: 'MILESTONE', number: 1 }],
    ['9', { kind: 'MILESTONE', number: 9 }],
    ['w', { kind: 'WIN' }],
    ['S', { kind: 'SETBACK' }],
    ['m', { kind: 'MOOD' }],
    ['p', { kind: 'SHUFFLE' }],
    ['a', { kind: 'ANSWER' }],
    ['n', { kind: 'NOTES' }],
    ['e', { kind: 'END' }],
    ['?', { kind: 'HELP' }],
  ])('reads %s as %o', (key, action) => {
    expect(shortcutFor(key)).toEqual(action);
  });

  it.each(['0', 'x', 'Enter', 'Tab', ' ', '10'])('does nothing for %p', (key) => {
    expect(shortcutFor(key)).toBeNull();
  });

  it('leaves keys typed into text alone, but not keys on a checkbox or a button', () => {
    const textarea = document.createElement('textarea');
    const text = Object.assign(document.createElement('input'), { type: 'text' });
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const button = document.createElement('button');
    expect([textarea, text, checkbox, button, null].map(isTypingTarget)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
