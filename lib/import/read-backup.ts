/**
 * Reading a backup file: size first (a 100 MB file is refused without being
 * read), then JSON, then what kind of JSON, then versions, then every row,
 * then the references between rows. Each failure is a `BackupError` with its
 * own message; nothing here touches the ledger.
 */
import * as v from 'valibot';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  rowKey,
  type Backup,
  type BackupTables,
} from '../export/backup';
import { TABLE_NAMES } from '../db/types';
import { BackupError } from './errors';
import { BackupHeaderSchema, BackupTablesSchema } from './backup-schema';

/** Largest backup accepted: about 60,000 clips. Anything larger is not ours, or not sane. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** A file or blob (what `<input type=file>` gives), or anything with a size and text. */
export interface BackupSource {
  readonly size: number;
  text(): Promise<string>;
}

/** UTF-8 size of a string, stopping as soon as it exceeds `limit`. */
function utf8BytesOver(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return false; // and at most three
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3; // a surrogate pair is 4 bytes
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * True when JSON text stops inside a string, object or array: the end of a
 * file cut short, rather than a corrupted or foreign one.
 */
export function endsInsideJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.slice(0, 10).map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Fails unless ids are unique per table and every reference points to a row of the file. */
function checkReferences(tables: BackupTables): void {
  const problems: string[] = [];
  const ids = {} as Record<(typeof TABLE_NAMES)[number], Set<string>>;
  for (const table of TABLE_NAMES) {
    const seen = new Set<string>();
    for (const row of tables[table]) {
      const key = rowKey(table, row);
      if (seen.has(key)) problems.push(`${table}: duplicate id ${key}`);
      seen.add(key);
    }
    ids[table] = seen;
  }
  const urls = new Set<string>();
  for (const d of tables.documents) {
    if (urls.has(d.url)) problems.push(`documents: duplicate url ${d.url}`);
    urls.add(d.url);
  }
  for (const c of tables.clips) {
    if (!ids.documents.has(c.documentId)) problems.push(`clips ${c.id}: no document ${c.documentId}`);
    if (c.caseId && !ids.cases.has(c.caseId)) problems.push(`clips ${c.id}: no case ${c.caseId}`);
  }
  for (const c of tables.checks) {
    if (!ids.cases.has(c.caseId)) problems.push(`checks ${c.id}: no case ${c.caseId}`);
    if (!ids.documents.has(c.reportDocumentId))
      problems.push(`checks ${c.id}: no document ${c.reportDocumentId}`);
  }
  for (const o of tables.overrides) {
    if (!ids.checks.has(o.checkId)) problems.push(`overrides ${o.id}: no check ${o.checkId}`);
    if (!ids.clips.has(o.clipId)) problems.push(`overrides ${o.id}: no clip ${o.clipId}`);
  }
  if (problems.length) {
    throw new BackupError('invalid', `Backup rows refer to missing rows: ${problems[0]}`, {
      details: problems.slice(0, 10),
    });
  }
}

/** Validates already-parsed JSON as a backup; see `readBackup`. */
export function parseBackup(data: unknown): Backup {
  if (
    !data ||
    typeof data !== 'object' ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new BackupError('foreign', 'Not a rectification ledger backup');
  }
  const header = v.safeParse(BackupHeaderSchema, data);
  if (!header.success) {
    const details = issuesOf(header.issues);
    throw new BackupError('invalid', `Backup header is invalid: ${details[0]}`, { details });
  }
  const { formatVersion, schemaVersion, exportedAt } = header.output;
  if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError(
      'newer-version',
      `Backup format ${formatVersion} / schema ${schemaVersion} is newer than ` +
        `${BACKUP_FORMAT_VERSION} / ${CURRENT_SCHEMA_VERSION}`,
    );
  }
  const tables = v.safeParse(BackupTablesSchema, (data as { tables?: unknown }).tables, { abortEarly: true });
  if (!tables.success) {
    const details = issuesOf(tables.issues);
    throw new BackupError('invalid', `Backup rows are invalid: ${details[0]}`, { details });
  }
  checkReferences(tables.output as BackupTables);
  return {
    format: BACKUP_FORMAT,
    formatVersion,
    schemaVersion,
    exportedAt,
    tables: tables.output as BackupTables,
  };
}

/**
 * Reads and validates a backup file. Throws `BackupError`: `too-large`
 * (checked on the size alone, before reading), `empty`, `not-json`,
 * `truncated`, `foreign`, `newer-version`, `invalid`.
 */
export async function readBackup(source: BackupSource | string): Promise<Backup> {
  const tooLarge =
    typeof source === 'string' ? utf8BytesOver(source, MAX_BACKUP_BYTES) : source.size > MAX_BACKUP_BYTES;
  if (tooLarge) throw new BackupError('too-large', `Backup larger than ${MAX_BACKUP_BYTES} bytes`);
  let text = typeof source === 'string' ? source : await source.text();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new BackupError('empty', 'Backup file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const looksLikeJson = /^\s*[{[]/.test(text);
    if (looksLikeJson && endsInsideJson(text)) {
      throw new BackupError('truncated', 'Backup file ends in the middle', { cause: error });
    }
    throw new BackupError('not-json', 'Backup file is not JSON', { cause: error });
  }
  return parseBackup(data);
}
