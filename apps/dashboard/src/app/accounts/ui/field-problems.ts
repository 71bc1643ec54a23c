/** The server's words about particular fields (`extensions.field`), by field name. */
export type FieldProblems = Readonly<Record<string, string | undefined>>;
