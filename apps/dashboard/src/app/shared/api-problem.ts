/** What went wrong with a request, in the terms the dashboard acts on. */
export interface ApiProblem {
  /** The first error's `extensions.code`, or null when no GraphQL answer came back. */
  readonly code: string | null;
  /** The input field the first error names (`extensions.field`), if any. */
  readonly field: string | null;
  /** The server's own words for the first error; written for people, shown beside fields. */
  readonly message: string | null;
  /** Seconds to wait before trying again (`extensions.retryAfter` on RATE_LIMITED). */
  readonly retryAfterSeconds: number | null;
  /** Whether the server could not be reached or did not answer in GraphQL. */
  readonly isUnreachable: boolean;
}

/** One entry of a GraphQL answer's `errors`, as the server formats it. */
export interface AnswerError {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * Whether a failure carries the GraphQL answer's errors: Apollo's CombinedGraphQLErrors, or the
 * session requests' GraphQLAnswerError. Told by name, so the shell and sign-in pages need no
 * Apollo code to explain a failure.
 */
function carriesAnswerErrors(error: unknown): error is { readonly errors: readonly AnswerError[] } {
  return (
    error instanceof Error &&
    (error.name === 'CombinedGraphQLErrors' || error.name === 'GraphQLAnswerError') &&
    'errors' in error &&
    Array.isArray(error.errors)
  );
}

/** Reads a failed operation's error (Apollo's, or a session request's) into an ApiProblem. */
export function readApiProblem(error: unknown): ApiProblem {
  if (!carriesAnswerErrors(error) || error.errors.length === 0) {
    return { code: null, field: null, message: null, retryAfterSeconds: null, isUnreachable: true };
  }
  const [first] = error.errors;
  const extensions = first.extensions ?? {};
  const code = extensions['code'];
  const field = extensions['field'];
  const retryAfter = Number(extensions['retryAfter']);
  return {
    code: typeof code === 'string' ? code : null,
    field: typeof field === 'string' ? field : null,
    message: first.message || null,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null,
    isUnreachable: false,
  };
}

/** The throttled answer's words, as the sign-in and set-password pages say them. */
export function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
  if (retryAfterSeconds === null) return 'Too many attempts. Try again in a little while.';
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return `Too many attempts. Try again in ${retryAfterSeconds} ${unit}.`;
}

/** What to say when Waypoint's server cannot be reached. */
export const unreachableMessage =
  "Waypoint can't be reached right now. Check your connection, then try again.";
