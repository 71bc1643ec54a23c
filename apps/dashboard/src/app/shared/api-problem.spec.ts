import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import { GraphQLAnswerError } from '../session/data-access/session-requests';
import { readApiProblem, tooManyAttemptsMessage } from './api-problem';

const unreachable = {
  code: null,
  field: null,
  message: null,
  retryAfterSeconds: null,
  isUnreachable: true,
};

describe('readApiProblem', () => {
  it("reads the first of Apollo's GraphQL errors", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'This password is too common.',
          extensions: { code: 'BAD_USER_INPUT', field: 'password' },
        },
        { message: 'Something else', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    });

    expect(readApiProblem(error)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'password',
      message: 'This password is too common.',
      retryAfterSeconds: null,
      isUnreachable: false,
    });
  });

  it("reads a session request's answer errors the same way", () => {
    const error = new GraphQLAnswerError([
      {
        message: 'Too many failed attempts. Try again in 42 seconds.',
        extensions: { code: 'RATE_LIMITED', retryAfter: 41.5 },
      },
    ]);

    expect(readApiProblem(error)).toEqual({
      code: 'RATE_LIMITED',
      field: null,
      message: 'Too many failed attempts. Try again in 42 seconds.',
      retryAfterSeconds: 42,
      isUnreachable: false,
    });
  });

  it('leaves out what the first error does not say', () => {
    const error = new GraphQLAnswerError([{ message: '' }]);

    expect(readApiProblem(error)).toEqual({
      code: null,
      field: null,
      message: null,
      retryAfterSeconds: null,
      isUnreachable: false,
    });
  });

  it('ignores a retryAfter that is not a positive number of seconds', () => {
    const error = new GraphQLAnswerError([
      { message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 'soon' } },
    ]);

    expect(readApiProblem(error).retryAfterSeconds).toBeNull();
  });

  it('calls a failed connection unreachable', () => {
    expect(readApiProblem(new TypeError('Failed to fetch'))).toEqual(unreachable);
  });

  it("calls an answer that is not GraphQL (Apollo's ServerError) unreachable", () => {
    const error = new ServerError('Response not successful: Received status code 502', {
      response: { status: 502 } as Response,
      bodyText: '<html>Bad gateway</html>',
    });

    expect(readApiProblem(error)).toEqual(unreachable);
  });

  it('calls an answer with an empty errors list unreachable', () => {
    expect(readApiProblem(new GraphQLAnswerError([]))).toEqual(unreachable);
  });

  it('calls anything that is not an Error unreachable', () => {
    expect(readApiProblem('offline')).toEqual(unreachable);
    expect(readApiProblem(undefined)).toEqual(unreachable);
    expect(readApiProblem({ errors: [{ message: 'not an Error' }] })).toEqual(unreachable);
  });
});

describe('tooManyAttemptsMessage', () => {
  it('says how long to wait, when the server said', () => {
    expect(tooManyAttemptsMessage(1)).toBe('Too many attempts. Try again in 1 second.');
    expect(tooManyAttemptsMessage(42)).toBe('Too many attempts. Try again in 42 seconds.');
    expect(tooManyAttemptsMessage(null)).toBe('Too many attempts. Try again in a little while.');
  });
});
