import type { CodegenConfig } from '@graphql-codegen/cli';

// One contract, two consumers: resolver types for the API, typed documents for the dashboard.
// The dashboard's documents live in .graphql files beside the code that uses them, which imports
// the typed documents from __generated__/graphql.ts. Nothing imports the preset's document map
// (__generated__/gql.ts): it holds every document at once.
const dashboardDocuments = ['apps/dashboard/src/**/*.graphql'];

// The documents the app sends at start-up, before any route: who is signed in, signing in and out.
// The shell sends them over plain HTTP, without Apollo (session-requests.ts), so they are typed
// query strings in a module of their own; the lazy routes import their parsed documents from
// __generated__/graphql.ts.
const startUpDocuments = ['apps/dashboard/src/app/session/data-access/session-documents.graphql'];

const config: CodegenConfig = {
  schema: 'libs/shared/src/graphql/**/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'apps/api/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../graphql/context#RequestContext',
        // Domain types arrive as ClientModel etc., beside the generated GraphQL types.
        mapperTypeSuffix: 'Model',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'Date' },
        mappers: {
          Client: '@waypoint/shared#Client',
          ClientStatusChange: '@waypoint/shared#ClientStatusChange',
          Goal: '@waypoint/shared#Goal',
          GoalStatusChange: '@waypoint/shared#GoalStatusChange',
          Milestone: '@waypoint/shared#Milestone',
          GasReview: '@waypoint/shared#GasReview',
          ProgressEntry: '@waypoint/shared#ProgressEntry',
          MeasureResponse: '@waypoint/shared#MeasureResponse',
          SafetyFlag: '@waypoint/shared#SafetyFlag',
          Clinician: '@waypoint/shared#Clinician',
          Practice: '@waypoint/shared#Practice',
          AuditEvent: '@waypoint/shared#AuditEvent',
          TherapySession: '@waypoint/shared#TherapySession',
          AskedPrompt: '@waypoint/shared#AskedPrompt',
          Prompt: '../prompts/prompt-library#LibraryPrompt',
          SessionNote: '../notes/note-records#SessionNoteRecord',
          NoteAddendum: '../notes/note-records#NoteAddendumRecord',
          PrivateNote: '../notes/note-records#PrivateNoteRecord',
          PromptSuggestion: '../prompts/prompt-library#LibraryPromptSuggestion',
          Viewer: '../auth/viewer#Viewer',
        },
      },
    },
    // Every document's types, and a typed document for each, imported by the lazy routes.
    'apps/dashboard/src/app/__generated__/': {
      documents: dashboardDocuments,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
    // The start-up documents again, alone, as strings with their types taken from the file above.
    'apps/dashboard/src/app/__generated__/start-up-documents.ts': {
      documents: startUpDocuments,
      plugins: [
        { add: { content: "import type * as Types from './graphql';" } },
        'typed-document-node',
      ],
      config: { useTypeImports: true, importOperationTypesFrom: 'Types', documentMode: 'string' },
    },
  },
};

export default config;
