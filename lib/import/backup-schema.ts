/** The valibot schema of a backup file (see lib/export/backup.ts for the format). */
import * as v from 'valibot';
import {
  CaseRecordSchema,
  CheckRecordSchema,
  ClipRecordSchema,
  DocumentRecordSchema,
  OverrideRecordSchema,
  SettingRecordSchema,
} from '../db/validate';

/** The header fields, checked before the rows so a newer file gets the right error. */
export const BackupHeaderSchema = v.object({
  format: v.string(),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** Tables absent from a file (an older schema had fewer) are empty. */
export const BackupTablesSchema = v.object({
  documents: v.optional(v.array(DocumentRecordSchema), []),
  clips: v.optional(v.array(ClipRecordSchema), []),
  cases: v.optional(v.array(CaseRecordSchema), []),
  checks: v.optional(v.array(CheckRecordSchema), []),
  overrides: v.optional(v.array(OverrideRecordSchema), []),
  settings: v.optional(v.array(SettingRecordSchema), []),
});
