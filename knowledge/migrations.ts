import type { Migration } from 'kysely';

/** Schema of the knowledge layer (the handbook index, the question bank). Names start at 0100. */
export const knowledgeMigrations: Record<string, Migration> = {};
