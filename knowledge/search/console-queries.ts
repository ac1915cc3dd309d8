import { type Kysely, sql } from 'kysely';

/**
 * The handbook documents as the web console lists them (title, kind, passages, last change). Portable SQL, async,
 * over whichever database the caller opened; the console names no table of the knowledge layer.
 */

interface ConsoleKnowledgeTables {
  kb_documents: { id: number; title: string; kind: string; updated_at: string };
  kb_chunks: { id: number; document_id: number };
}

export interface IndexedDocument {
  title: string;
  /** `handbook` for the built-in handbook, `upload` for a file brought in through the console or the CLI. */
  kind: string;
  chunks: number;
  updatedAt: string;
}

/** Every indexed document with its passage count, the most recently changed first. */
export async function listIndexedDocuments(db: Kysely<any>): Promise<IndexedDocument[]> {
  const rows = await (db as Kysely<ConsoleKnowledgeTables>)
    .selectFrom('kb_documents as d')
    .select((eb) => [
      'd.title',
      'd.kind',
      'd.updated_at',
      eb.selectFrom('kb_chunks as c').select(sql<number>`count(*)`.as('n')).whereRef('c.document_id', '=', 'd.id').as('chunks'),
    ])
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
  return rows.map((d) => ({ title: d.title, kind: d.kind, chunks: Number(d.chunks ?? 0), updatedAt: d.updated_at }));
}
