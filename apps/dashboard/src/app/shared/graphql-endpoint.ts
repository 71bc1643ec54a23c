/** The relative address keeps the dashboard and the API on one origin, so no CORS is needed. */
export const graphqlUrl = '/graphql';
