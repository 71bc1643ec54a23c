import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL response as it came over the wire, with its HTTP status. */
export interface GraphqlHttpResponse<TData> {
  readonly status: number;
  readonly body: {
    data?: TData | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** Posts a typed operation to Waypoint's /graphql over real HTTP. */
export async function postOperation<TData, TVariables>(
  baseUrl: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<GraphqlHttpResponse<TData>> {
  return postRaw(baseUrl, JSON.stringify({ query: print(document), variables }));
}

/** Posts any body to /graphql, for requests a typed client would never send. */
export async function postRaw<TData = unknown>(
  baseUrl: string,
  body: string,
): Promise<GraphqlHttpResponse<TData>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphqlHttpResponse<TData>['body'],
  };
}
