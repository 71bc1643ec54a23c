import type { Request, Response } from 'express';
import type { Config } from '../config';
import { isWellFormedToken } from './tokens';

/** The cookie that carries the session token. */
export const SESSION_COOKIE_NAME = 'waypoint_session';

/**
 * The Set-Cookie value for a session token: HttpOnly (scripts never see it), SameSite=Strict
 * (no other site's page can send it), Path=/, and Secure when served over HTTPS. No Expires:
 * the server ends sessions, and the browser forgets the cookie when it closes.
 */
export function sessionCookieValue(token: string, isSecure: boolean): string {
  return withAttributes(`${SESSION_COOKIE_NAME}=${token}`, isSecure);
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookieValue(isSecure: boolean): string {
  return withAttributes(`${SESSION_COOKIE_NAME}=; Max-Age=0`, isSecure);
}

function withAttributes(cookie: string, isSecure: boolean): string {
  return `${cookie}; Path=/; HttpOnly; SameSite=Strict${isSecure ? '; Secure' : ''}`;
}

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return null;
}

/** Reads the session token from a request and sets or clears it on the response. */
export class SessionCookie {
  readonly #request: Request;
  readonly #response: Response;
  /** Whether the browser reaches us over HTTPS, so the cookie must be Secure. */
  readonly #isSecure: boolean;

  constructor(config: Config, request: Request, response: Response) {
    this.#request = request;
    this.#response = response;
    // Behind a proxy that ends TLS, req.secure is false; an https PUBLIC_URL says the browser
    // is on HTTPS all the same.
    this.#isSecure = request.secure || (config.publicUrl?.startsWith('https:') ?? false);
  }

  /** The well-formed session token the request came with, or null. */
  token(): string | null {
    const token = readCookie(this.#request.headers.cookie, SESSION_COOKIE_NAME);
    return token !== null && isWellFormedToken(token) ? token : null;
  }

  /** Sends a new session token to the browser. */
  set(token: string): void {
    this.#response.append('Set-Cookie', sessionCookieValue(token, this.#isSecure));
  }

  /** Tells the browser to forget the session token. */
  clear(): void {
    this.#response.append('Set-Cookie', clearedSessionCookieValue(this.#isSecure));
  }
}
