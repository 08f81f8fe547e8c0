import { describe, expect, it, vi } from 'vitest';
import { toBackupJson } from '../../export/backup';
import { sampleTables } from '../../export/__tests__/fixtures';
import { BackupError, type BackupErrorCode } from '../errors';
import { endsInsideJson, MAX_BACKUP_BYTES, readBackup } from '../read-backup';

async function failure(source: Parameters<typeof readBackup>[0]): Promise<BackupError> {
  const error = await readBackup(source).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

async function goodBackup(): Promise<string> {
  return toBackupJson(sampleTables(), { exportedAt: new Date('2024-08-01T00:00:00Z') });
}

/** A backup as loose JSON, for tests that break it on purpose. */
type LooseBackup = { [key: string]: any }; // oxlint-disable-line typescript/no-explicit-any -- deliberately untyped

function edited(json: string, edit: (data: LooseBackup) => void): string {
  const data = JSON.parse(json);
  edit(data);
  return JSON.stringify(data);
}

describe('reading a backup', () => {
  it('reads our own backup, from a string or a Blob, with or without a BOM', async () => {
    const json = await goodBackup();
    const backup = await readBackup(json);
    expect(backup.schemaVersion).toBe(2);
    expect(backup.exportedAt).toBe('2024-08-01T00:00:00.000Z');
    expect(backup.tables.clips).toHaveLength(10);
    expect(backup.tables.settings).toHaveLength(2);
    expect((await readBackup(new Blob([json]))).tables.documents).toHaveLength(5);
    expect((await readBackup('\uFEFF' + json)).tables.cases).toHaveLength(2);
  });

  it('refuses a 100 MB file from its size alone, without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const error = await failure({ size: 100 * 1024 * 1024, text });
    expect(error.code).toBe('too-large');
    expect(error.messageKey).toBe('backupErrorTooLarge');
    expect(text).not.toHaveBeenCalled();
    expect((await failure({ size: MAX_BACKUP_BYTES + 1, text })).code).toBe('too-large');
  });

  const cases: [string, () => Promise<string> | string, BackupErrorCode][] = [
    ['an empty file', () => '', 'empty'],
    ['a blank file', () => ' \n\t ', 'empty'],
    ['a zip (an .xlsx picked by mistake)', () => 'PK\u0003\u0004\u0014\u0000\u0006\u0000', 'not-json'],
    ['a CSV export', () => '\uFEFF序号,类型,问题\r\n1,问题,落实不到位\r\n', 'not-json'],
    [
      'JSON with a corrupted middle',
      async () => (await goodBackup()).replace('"clips": [', '"clips": [}'),
      'not-json',
    ],
    ['a truncated backup', async () => (await goodBackup()).slice(0, 1500), 'truncated'],
    ['a backup cut inside a string', async () => (await goodBackup()).slice(0, 201), 'truncated'],
    ['another JSON object', () => '{"name":"other-extension","version":3}', 'foreign'],
    ['a JSON array', () => '[{"format":"rectification-ledger-backup"}]', 'foreign'],
    ['a JSON string', () => '"rectification-ledger-backup"', 'foreign'],
    ['a newer format', async () => edited(await goodBackup(), (d) => (d.formatVersion = 2)), 'newer-version'],
    [
      'a newer schema',
      async () => edited(await goodBackup(), (d) => (d.schemaVersion = 99)),
      'newer-version',
    ],
    ['a bad header', async () => edited(await goodBackup(), (d) => (d.exportedAt = 'yesterday')), 'invalid'],
    [
      'tables that are not arrays',
      async () => edited(await goodBackup(), (d) => (d.tables.clips = {})),
      'invalid',
    ],
    [
      'a clip of an unknown kind',
      async () => edited(await goodBackup(), (d) => (d.tables.clips[0].kind = 'rumour')),
      'invalid',
    ],
    [
      'a clip without text',
      async () => edited(await goodBackup(), (d) => (d.tables.clips[3].text = '  ')),
      'invalid',
    ],
    [
      'a script URL',
      async () => edited(await goodBackup(), (d) => (d.tables.documents[0].url = 'javascript:alert(1)')),
      'invalid',
    ],
    [
      'a clip of a missing document',
      async () => edited(await goodBackup(), (d) => (d.tables.clips[0].documentId = 'gone')),
      'invalid',
    ],
    [
      'an override of a missing check',
      async () => edited(await goodBackup(), (d) => (d.tables.overrides[0].checkId = 'gone')),
      'invalid',
    ],
    [
      'two rows with one id',
      async () => edited(await goodBackup(), (d) => d.tables.cases.push({ ...d.tables.cases[0] })),
      'invalid',
    ],
  ];
  for (const [what, make, code] of cases) {
    it(`refuses ${what} (${code})`, async () => {
      const error = await failure(await make());
      expect(error.code).toBe(code);
      expect(error.messageKey).toMatch(/^backupError/);
    });
  }

  it('tells a file cut short from a corrupted one', () => {
    expect(endsInsideJson('{"a": [1, 2')).toBe(true);
    expect(endsInsideJson('{"a": "x\\"')).toBe(true);
    expect(endsInsideJson('{"a": [1, 2]}}')).toBe(false);
    expect(endsInsideJson('{"a": "{[" }')).toBe(false);
  });
});
