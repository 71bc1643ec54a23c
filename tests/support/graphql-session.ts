import http from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphqlHttpResponse } from './graphql-http';

/** A response with the Set-Cookie headers it carried. */
export interface SessionResponse<TData> extends GraphqlHttpResponse<TData> {
  readonly setCookies: readonly string[];
  /** The X-Request-Id the server gave the request, which its log lines carry. */
  readonly requestId: string;
}

/**
 * A browser's side of GraphQL over real HTTP: it keeps the session cookie the server sets
 * (and forgets it when the server clears it) and sends it with every request, as a browser
 * would for a same-site page.
 */
export class GraphqlSession {
  #cookies = new Map<string, string>();

  /**
   * `localAddress` sends from another loopback address (127.0.0.2, ...), so tests can be
   * several callers as far as per-address throttling can tell.
   */
  constructor(
    readonly baseUrl: string,
    readonly localAddress?: string,
  ) {}

  /** Posts a typed operation with the cookies held so far. */
  async post<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<SessionResponse<TData>> {
    return this.postRaw<TData>(JSON.stringify({ query: print(document), variables }));
  }

  /** Posts any body (aliases, batches) with the cookies held so far. */
  async postRaw<TData = unknown>(body: string): Promise<SessionResponse<TData>> {
    const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await send(`${this.baseUrl}/graphql`, body, cookie, this.localAddress);
    for (const header of response.setCookies) this.#keep(header);
    return {
      status: response.status,
      body: JSON.parse(response.text) as GraphqlHttpResponse<TData>['body'],
      setCookies: response.setCookies,
      requestId: response.requestId,
    };
  }

  /** The value of a cookie this browser holds, or null. */
  cookie(name: string): string | null {
    return this.#cookies.get(name) ?? null;
  }

  /** Sets a cookie by hand: an old token replayed, or one copied from another browser. */
  setCookie(name: string, value: string): void {
    this.#cookies.set(name, value);
  }

  #keep(header: string): void {
    const [pair, ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    const isRemoval =
      value === '' || attributes.some((attribute) => /^max-age=0$/i.test(attribute));
    if (isRemoval) this.#cookies.delete(name);
    else this.#cookies.set(name, value);
  }
}

/** The attributes of a Set-Cookie header, by lower-case name ('httponly' -> ''). */
export function cookieAttributes(header: string): Map<string, string> {
  const [, ...attributes] = header.split(';').map((part) => part.trim());
  return new Map(
    attributes.map((attribute) => {
      const [name, ...value] = attribute.split('=');
      return [name.toLowerCase(), value.join('=')];
    }),
  );
}

/** One POST over node:http, which (unlike fetch) can choose the address it sends from. */
function send(
  url: string,
  body: string,
  cookie: string,
  localAddress: string | undefined,
): Promise<{ status: number; text: string; setCookies: string[]; requestId: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text,
            setCookies: response.headers['set-cookie'] ?? [],
            requestId: String(response.headers['x-request-id'] ?? ''),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
