import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  Kind,
  parse,
  print,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
} from 'graphql';
import * as generated from '../../../apps/dashboard/src/app/__generated__/graphql';
import { createGraphqlLimitOptions, graphqlLimits } from '../../../apps/api/src/graphql/limits';
import { postRaw } from '../../support/graphql-http';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';

const schemaFolder = path.resolve(__dirname, '../../../libs/shared/src/graphql');
const waypointSchema = buildASTSchema(
  parse(
    readdirSync(schemaFolder)
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => readFileSync(path.join(schemaFolder, file), 'utf8'))
      .join('\n'),
  ),
);

/**
 * Every typed document codegen made from the dashboard's .graphql files (and any graphql(`...`)
 * call left in its TypeScript): __generated__/graphql.ts holds them all, including the start-up
 * documents that __generated__/start-up-documents.ts repeats.
 */
const dashboardDocuments = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && (entry[1] as { kind?: string }).kind === Kind.DOCUMENT,
);

const dashboardFolder = path.resolve(__dirname, '../../../apps/dashboard/src');
/** The typed document's name for each operation written in the dashboard's .graphql files. */
const operationsInGraphqlFiles = readdirSync(dashboardFolder, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.graphql') && !file.includes('__generated__'))
  .flatMap((file) => parse(readFileSync(path.join(dashboardFolder, file), 'utf8')).definitions)
  .flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name
      ? [`${definition.name.value}Document`]
      : [],
  );

const typenameField: FieldNode = {
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: '__typename' },
};

/** The document as Apollo Client sends it: `__typename` in every selection set below the root. */
function asApolloClientSendsIt(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet(node, _key, parent) {
        const isRoot =
          !Array.isArray(parent) &&
          (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
        const hasTypename = node.selections.some(
          (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
        );
        return isRoot || hasTypename
          ? undefined
          : { ...node, selections: [...node.selections, typenameField] };
      },
    }),
  );
}

function errorCodes(body: { errors?: { extensions?: Record<string, unknown> }[] }): unknown[] {
  return (body.errors ?? []).map((error) => error.extensions?.['code']);
}

describe('GraphQL limits over HTTP', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;

  beforeAll(async () => {
    database = await createTestDatabase();
    waypoint = await startWaypoint({ ...database.environment, WAYPOINT_DEMO_DATA: 'false' });
  });

  afterAll(async () => {
    await waypoint?.stop();
    await database?.dispose();
  });

  const query = (source: string) => postRaw(waypoint.url, JSON.stringify({ query: source }));

  it('finds the dashboard documents to check', () => {
    const names = dashboardDocuments.map(([name]) => name);
    expect(names).toContain('CaseloadViewDocument');
    expect(operationsInGraphqlFiles).toContain('MeasureRecordDocument');
    expect(names).toEqual(expect.arrayContaining(operationsInGraphqlFiles));
  });

  describe.each(dashboardDocuments)('the dashboard operation %s', (_name, document) => {
    it('stays within every limit', () => {
      const { validationRules, parseOptions } = createGraphqlLimitOptions();
      const sent = parse(asApolloClientSendsIt(document), parseOptions);
      const errors = validate(waypointSchema, sent, [...specifiedRules, ...validationRules]);
      expect(errors.map((error) => error.message)).toEqual([]);
    });

    it('passes parsing and validation on the server', async () => {
      const response = await query(asApolloClientSendsIt(document));
      // Without a session or variables it may fail later (UNAUTHENTICATED, BAD_USER_INPUT), never
      // because the document itself was refused.
      expect(errorCodes(response.body)).not.toContain('GRAPHQL_PARSE_FAILED');
      expect(errorCodes(response.body)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    });
  });

  it.each([
    [
      'depth',
      `{ accounts { ${'supervisees { '.repeat(graphqlLimits.maxDepth)}id${' }'.repeat(graphqlLimits.maxDepth)} } }`,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 20 }, (_, index) => `c${index}: caseload { id }`).join(' ')} }`,
    ],
    ['cost', `{ caseload { ${'preferredName '.repeat(300)} } }`],
    ['directives', `{ caseload { id${' @include(if: true)'.repeat(20)} } }`],
  ])('refuses a document over the %s limit before running it', async (limit, source) => {
    const response = await query(source);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.map((error) => error.extensions)).toContainEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit,
    });
  });

  it('stops parsing a document over the token limit', async () => {
    const response = await query(`{ caseload { ${'id '.repeat(graphqlLimits.maxTokens)} } }`);
    expect(response.status).toBe(400);
    expect(errorCodes(response.body)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(response.body.errors?.[0].message).toContain(
      `more that ${graphqlLimits.maxTokens} tokens`,
    );
  });

  it('refuses sign-in attempts multiplied by aliases, naming the field', async () => {
    const attempts = Array.from(
      { length: 3 },
      (_, index) =>
        `attempt${index}: signIn(input: { email: "clinician@example.org", password: "guess number ${index}" }) { status }`,
    );
    const response = await query(`mutation { ${attempts.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('"signIn" may appear only once per request'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'signIn' },
      }),
    ]);
  });

  it('refuses batched requests with a 400 in GraphQL error shape, running none of them', async () => {
    const attempt = (password: string) => ({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { status } }',
      variables: { input: { email: 'clinician@example.org', password } },
    });
    const response = await fetch(`${waypoint.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([attempt('first guess'), attempt('second guess')]),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Batched operations are not accepted: send one operation per request',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });
});
