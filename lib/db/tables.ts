/** Reading every table at once: for exports and backups. */
import type { LedgerDb } from './schema';
import { guarded } from './errors';
import type { LedgerTables } from './types';

/** Every row of every user table, read in one transaction (a consistent snapshot). */
export function readTables(db: LedgerDb): Promise<LedgerTables> {
  return guarded(() =>
    db.transaction(
      'r',
      [db.documents, db.clips, db.cases, db.checks, db.overrides, db.settings],
      async () => ({
        documents: await db.documents.toArray(),
        clips: await db.clips.toArray(),
        cases: await db.cases.toArray(),
        checks: await db.checks.toArray(),
        overrides: await db.overrides.toArray(),
        settings: await db.settings.toArray(),
      }),
    ),
  );
}
