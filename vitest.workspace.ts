/** The test projects (each has its own vitest.config.ts); imported by vitest.config.ts. */
export const projects = ['packages/*', 'examples/*'];
