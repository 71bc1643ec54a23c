import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type ASTVisitor,
  type FieldNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * How big a GraphQL document may be, measured on the dashboard's own operations as
 * Apollo Client sends them (with `__typename` in every selection set). Depth and cost count
 * fragments as part of the selection they are spread into, so the numbers follow the shape
 * of the answer, not how a document is split into fragments (the dashboard shares
 * `ViewerFields` and `SetPasswordLinkFields`). Each limit leaves room for pages still to come
 * without letting one request do the work of hundreds.
 * `tests/api/hardening/graphql-limits.test.ts` checks every generated dashboard document
 * against these numbers, so an operation that outgrows them fails the tests, not production.
 */
export const graphqlLimits = {
  /**
   * Deepest operation: 5 (client → goals → statusHistory → changedBy → id); signIn → viewer
   * → clinician → id is 4. 6 leaves a level to grow while bounding `Clinician.supervisees`,
   * the schema's one recursive field, which could otherwise be nested without end.
   */
  maxDepth: 6,
  /**
   * The dashboard sends no aliases. 5 lets a page ask for one field twice with different
   * arguments (two caseloads side by side) but not fan a field out a hundredfold; sensitive
   * mutations are capped at one each by `singleSensitiveFieldRule` whatever this allows.
   */
  maxAliases: 5,
  /**
   * Largest document: ClientRecord, about 150 lexical tokens as written (its fragments
   * included); AuditEvents has 64, signIn 53, Caseload 14. 500 is over three times that, and
   * graphql-js enforces it while parsing, so an oversized document is dropped before any
   * validation work.
   */
  maxTokens: 500,
  /**
   * graphql-armor's cost: 2 per object, 1 per scalar, each level weighing 1.5 times the one
   * above. Heaviest operation: ClientRecord, about 270 (the client page: details, goals with
   * milestones and histories, entries and GAS reviews in one round trip); signIn with the
   * viewer is 64 and Caseload 13. 400 leaves half as much again for the record to grow, while
   * the supervisee tree down to the depth limit (145) fetched three times under aliases (435),
   * a flat list of 480 repeated fields (722) or a deep one (several thousand) are refused,
   * which the depth, alias and token limits alone would let through.
   */
  maxCost: 400,
  /**
   * The dashboard uses no directives. 5 allows a few `@include`/`@skip` for optional columns;
   * more is only useful for making the validator do pointless work.
   */
  maxDirectives: 5,
} as const;

/**
 * Mutations that check a password or a one-time code. Each may appear once per document, so
 * aliases (`a: signIn(...) b: signIn(...)`) cannot turn one request, and one throttling step,
 * into many guesses.
 */
export const sensitiveMutationFields: readonly string[] = [
  'signIn',
  'verifySecondFactor',
  'setPassword',
  'confirmSecondFactorEnrolment',
];

/** What Apollo Server needs to enforce the limits: validation rules and parser options. */
export interface GraphqlLimitOptions {
  readonly validationRules: ValidationRule[];
  readonly parseOptions: ParseOptions;
}

/** The validation rules and parser options that hold every document to `graphqlLimits`. */
export function createGraphqlLimitOptions(): GraphqlLimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: graphqlLimits.maxDepth, flattenFragments: true, ...reportAs('depth') },
    maxAliases: { n: graphqlLimits.maxAliases, ...reportAs('aliases') },
    costLimit: { maxCost: graphqlLimits.maxCost, flattenFragments: true, ...reportAs('cost') },
    maxDirectives: { n: graphqlLimits.maxDirectives, ...reportAs('directives') },
    // Armor's token plugin throws from a parsing hook, which Apollo answers with a 500 for any
    // syntax error (graphql-armor issues 571 and 751); graphql-js's own `maxTokens` parse
    // option below answers 400 GRAPHQL_PARSE_FAILED instead.
    maxTokens: { enabled: false },
    // Suggestions are hidden by Apollo's hideSchemaDetailsFromClientErrors and by formatError
    // in production only; armor's plugin would hide them in development too.
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules } = armor.protect();
  return {
    validationRules: [...validationRules, singleSensitiveFieldRule],
    parseOptions: { maxTokens: graphqlLimits.maxTokens },
  };
}

/**
 * Armor words its refusals "Syntax Error: Query depth limit of 6 exceeded, found 7." and
 * reports them as BAD_USER_INPUT, which Apollo then files as GRAPHQL_VALIDATION_FAILED. Report
 * them ourselves without the misleading prefix, naming the limit for clients and tests.
 */
function reportAs(limit: 'depth' | 'aliases' | 'cost' | 'directives') {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit },
          }),
        ),
    ],
  };
}

/** Refuses a document that names any sensitive mutation field more than once. */
export function singleSensitiveFieldRule(context: ValidationContext): ASTVisitor {
  const mutationType = context.getSchema().getMutationType();
  const occurrences = new Map<string, FieldNode[]>();
  return {
    Field(node) {
      if (!mutationType || context.getParentType() !== mutationType) return;
      const name = node.name.value;
      if (!sensitiveMutationFields.includes(name)) return;
      const seen = [...(occurrences.get(name) ?? []), node];
      occurrences.set(name, seen);
      // Report once, at the second occurrence, pointing at both.
      if (seen.length === 2) {
        context.reportError(
          new GraphQLError(
            `The field "${name}" may appear only once per request; send one attempt at a time`,
            { nodes: seen, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: name } },
          ),
        );
      }
    },
  };
}
