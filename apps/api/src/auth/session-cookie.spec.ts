import {
  clearedSessionCookieValue,
  readCookie,
  SESSION_COOKIE_NAME,
  sessionCookieValue,
} from './session-cookie';

describe('the session cookie', () => {
  const attributes = (value: string) => value.split('; ').slice(1);

  it('is HttpOnly, SameSite=Strict and for the whole site, with no expiry of its own', () => {
    const value = sessionCookieValue('token-value', false);
    expect(value.startsWith(`${SESSION_COOKIE_NAME}=token-value; `)).toBe(true);
    expect(attributes(value)).toEqual(['Path=/', 'HttpOnly', 'SameSite=Strict']);
  });

  it('is Secure over HTTPS', () => {
    expect(attributes(sessionCookieValue('token-value', true))).toContain('Secure');
  });

  it('is cleared with the same attributes and no value', () => {
    const value = clearedSessionCookieValue(true);
    expect(value.startsWith(`${SESSION_COOKIE_NAME}=; Max-Age=0; `)).toBe(true);
    expect(attributes(value)).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict', 'Secure']),
    );
  });

  it('is read from a Cookie header among others', () => {
    expect(readCookie('theme=dark; waypoint_session=abc; other=1', SESSION_COOKIE_NAME)).toBe(
      'abc',
    );
    expect(readCookie('theme=dark', SESSION_COOKIE_NAME)).toBeNull();
    expect(readCookie(undefined, SESSION_COOKIE_NAME)).toBeNull();
  });
});
