import { describe, expect, it } from 'vitest';
import { exportFileName, sanitizeFileNamePart } from '../file-name';

describe('export file names', () => {
  it('names files 整改台账-<subject>-<yyyy-mm-dd>.<ext>', () => {
    const date = new Date(2024, 7, 1, 9, 30);
    expect(exportFileName('县教育局党组 · 2023年第二轮巡察', date, 'xlsx')).toBe(
      '整改台账-县教育局党组 · 2023年第二轮巡察-2024-08-01.xlsx',
    );
    expect(exportFileName('', date, 'csv')).toBe('整改台账-2024-08-01.csv');
  });

  it('removes what Windows, macOS or Linux refuse in a file name', () => {
    expect(sanitizeFileNamePart('县教育局/党组: "2023"*第二轮?<巡察>|\\')).toBe(
      '县教育局_党组_ _2023__第二轮__巡察___',
    );
    expect(sanitizeFileNamePart('  ..台账\u0000\n第二轮..  ')).toBe('台账__第二轮');
    expect(sanitizeFileNamePart('CON')).toBe('_CON');
    expect(sanitizeFileNamePart('问'.repeat(100))).toHaveLength(60);
  });
});
