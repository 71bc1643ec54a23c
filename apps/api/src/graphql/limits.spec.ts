import { buildASTSchema, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import accountsSchema from '@waypoint/shared/graphql/accounts.graphql';
import auditSchema from '@waypoint/shared/graphql/audit.graphql';
import schema from '@waypoint/shared/graphql/schema.graphql';
import { createGraphqlLimitOptions, graphqlLimits } from './limits';

const waypointSchema = buildASTSchema(parse([schema, accountsSchema, auditSchema].join('\n')));

function validationErrors(source: string): readonly GraphQLError[] {
  const { validationRules, parseOptions } = createGraphqlLimitOptions();
  return validate(waypointSchema, parse(source, parseOptions), [
    ...specifiedRules,
    ...validationRules,
  ]);
}

/** `accounts { supervisees { ... { id } } }` reaching the given depth. */
function superviseesChain(depth: number): string {
  const levels = depth - 2;
  return `{ accounts { ${'supervisees { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
}

const signIn = (alias: string) =>
  `${alias}signIn(input: { email: "a@example.org", password: "wrong password" }) { status }`;

describe('GraphQL limits', () => {
  it('accepts a document at the depth limit and refuses one level deeper', () => {
    expect(validationErrors(superviseesChain(graphqlLimits.maxDepth))).toEqual([]);
    const [error] = validationErrors(superviseesChain(graphqlLimits.maxDepth + 1));
    expect(error.message).toBe(
      `Query depth limit of ${graphqlLimits.maxDepth} exceeded, found ${graphqlLimits.maxDepth + 1}.`,
    );
    expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth' });
  });

  it('counts a fragment as part of the selection it is spread into', () => {
    const levels = graphqlLimits.maxDepth - 2;
    const withFragment = `{ accounts { ...Tree } } fragment Tree on Clinician { ${'supervisees { '.repeat(levels)}id${' }'.repeat(levels)} }`;
    expect(validationErrors(withFragment)).toEqual([]);
    const deeper = withFragment.replace('{ ...Tree }', '{ supervisees { ...Tree } }');
    expect(validationErrors(deeper).map((error) => error.extensions['limit'])).toEqual(['depth']);
  });

  it('refuses more aliases than the limit', () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `c${index}: caseload { id }`).join(' ')} }`;
    expect(validationErrors(aliased(graphqlLimits.maxAliases))).toEqual([]);
    const [error] = validationErrors(aliased(graphqlLimits.maxAliases + 1));
    expect(error.extensions['limit']).toBe('aliases');
  });

  it('accepts one full supervisee tree but refuses it fetched three times under aliases', () => {
    // Every field of every supervisee down to the depth limit: costly, yet within depth,
    // alias and token limits; only the cost limit tells one copy from three.
    const everyField = 'id email displayName role isActive hasSecondFactor';
    const levels = graphqlLimits.maxDepth - 2;
    const tree = `accounts { ${`${everyField} supervisees { `.repeat(levels)}${everyField}${' }'.repeat(levels)} }`;
    expect(validationErrors(`{ ${tree} }`)).toEqual([]);
    const [error] = validationErrors(`{ first: ${tree} second: ${tree} third: ${tree} }`);
    expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
    expect(error.message).toMatch(
      new RegExp(`^Query Cost limit of ${graphqlLimits.maxCost} exceeded, found \\d+`),
    );
  });

  it('refuses more directives than the limit', () => {
    const skips = ' @skip(if: false)'.repeat(graphqlLimits.maxDirectives + 1);
    const errors = validationErrors(`{ caseload { id${skips} } }`);
    expect(errors.map((error) => error.extensions['limit'])).toContain('directives');
  });

  it('stops parsing a document with more tokens than the limit', () => {
    const fields = 'id '.repeat(graphqlLimits.maxTokens);
    expect(() => validationErrors(`{ caseload { ${fields} } }`)).toThrow(
      `Document contains more that ${graphqlLimits.maxTokens} tokens`,
    );
  });
});

describe('sensitive mutations appear at most once per document', () => {
  it('accepts one sign-in attempt', () => {
    expect(validationErrors(`mutation { ${signIn('')} }`)).toEqual([]);
  });

  it('refuses aliases that would make several password attempts in one request', () => {
    const errors = validationErrors(`mutation { ${signIn('first: ')} ${signIn('second: ')} }`);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('"signIn" may appear only once per request');
    expect(errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', field: 'signIn' });
    expect(errors[0].locations).toHaveLength(2);
  });

  it('counts attempts hidden in fragments and inline fragments', () => {
    const errors = validationErrors(`
      mutation { ...Attempt ... on Mutation { second: verifySecondFactor(code: "000000") { status } } }
      fragment Attempt on Mutation { first: verifySecondFactor(code: "123456") { status } }
    `);
    expect(errors.map((error) => error.extensions['field'])).toEqual(['verifySecondFactor']);
  });

  it.each([
    'setPassword(token: "t", password: "p")',
    'confirmSecondFactorEnrolment(code: "1") { codes }',
  ])('refuses %s twice', (field) => {
    const errors = validationErrors(`mutation { a: ${field} b: ${field} }`);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining('may appear only once per request'),
    ]);
  });

  it('refuses a second attempt in another operation of the same document', () => {
    const errors = validationErrors(`mutation A { ${signIn('')} } mutation B { ${signIn('')} }`);
    expect(errors.map((error) => error.extensions['field'])).toEqual(['signIn']);
  });

  it('allows different sensitive mutations side by side', () => {
    expect(
      validationErrors(`mutation { ${signIn('')} verifySecondFactor(code: "1") { status } }`),
    ).toEqual([]);
  });
});
