import type { CodegenConfig } from '@graphql-codegen/cli';

// One contract, two consumers: resolver types for the API, typed documents for the dashboard.
const config: CodegenConfig = {
  schema: 'libs/shared/src/graphql/**/*.graphql',
  documents: ['apps/dashboard/src/**/*.ts', '!apps/dashboard/src/**/__generated__/**'],
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
    'apps/dashboard/src/app/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
