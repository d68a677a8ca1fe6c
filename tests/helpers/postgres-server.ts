/** The tests' PostgreSQL is the scaffold's (tools/scaffold), which the soak run uses too. */
export * from '../../tools/scaffold/local-postgres.js';
