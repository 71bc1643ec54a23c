/** What a key does on the session screen (see SESSION_SHORTCUTS for the help overlay). */
export type SessionShortcutAction =
  | { readonly kind: 'MILESTONE'; readonly number: number }
  | { readonly kind: 'WIN' | 'SETBACK' | 'MOOD' | 'SHUFFLE' | 'ANSWER' | 'NOTES' | 'END' | 'HELP' };

const letters: Readonly<Record<string, SessionShortcutAction['kind']>> = {
  w: 'WIN',
  s: 'SETBACK',
  m: 'MOOD',
  p: 'SHUFFLE',
  a: 'ANSWER',
  n: 'NOTES',
  e: 'END',
  '?': 'HELP',
};

/** The action of a key pressed outside a text field, or null for a key that does nothing. */
export function shortcutFor(key: string): SessionShortcutAction | null {
  if (/^[1-9]$/.test(key)) return { kind: 'MILESTONE', number: Number(key) };
  const kind = letters[key.toLowerCase()];
  return kind === undefined ? null : ({ kind } as SessionShortcutAction);
}

/** Whether a key press lands in something the clinician types into. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}
