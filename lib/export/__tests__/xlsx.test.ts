import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetNames, toXlsx, XLSX_COLUMNS } from '../xlsx';
import { IDS, sampleTables } from './fixtures';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

/** The values of a sheet's rows as text (hyperlink cells as their text). */
function values(sheet: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= XLSX_COLUMNS.length; c++) {
      const v = row.getCell(c).value;
      cells.push(
        v && typeof v === 'object' && 'text' in v
          ? String(v.text)
          : v === null || v === undefined
            ? ''
            : String(v),
      );
    }
    out.push(cells);
  });
  return out;
}

describe('sheet names', () => {
  it('replaces forbidden characters, trims apostrophes, caps at 31 and makes names unique', () => {
    const names = sheetNames([
      '县教育局党组 · 2023/第二轮[巡察]: 问题*?',
      "'县财政局'",
      '县住房和城乡建设局党组 · 2023年第二轮巡察（含下属事业单位）',
      '县住房和城乡建设局党组 · 2023年第二轮巡察（含下属事业单位及国有企业）',
      'history',
      'ABC',
      'abc',
      '',
      '𠀀'.repeat(20),
    ]);
    expect(names[0]).toBe('县教育局党组 · 2023_第二轮_巡察__ 问题__');
    expect(names[1]).toBe('县财政局');
    expect(names[2]).toHaveLength(31);
    expect(names[3]).toMatch(/ \(2\)$/);
    expect(names[3].length).toBeLessThanOrEqual(31);
    expect(names[4]).toBe('History_');
    expect(names.slice(5, 7)).toEqual(['ABC', 'abc (2)']);
    expect(names[7]).toBe('Sheet');
    expect(names[8]).toBe('𠀀'.repeat(15)); // 30 units: a surrogate pair is never split
    for (const n of names) expect(n).not.toMatch(/[\\/?*[\]:]/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe('XLSX export', () => {
  it('writes one sheet per case and 未归类, with a bold frozen filtered header', async () => {
    const workbook = await readBack(
      await toXlsx(sampleTables(), { now: new Date('2024-08-01T08:00:00+08:00') }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '县教育局党组 · 2023年第二轮巡察',
      '县卫生健康局党组 · 2023年第二轮巡察',
      '未归类',
    ]);
    for (const sheet of workbook.worksheets) {
      const header = sheet.getRow(1);
      expect(XLSX_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual([
        '序号',
        '问题',
        '整改措施',
        '责任单位/责任人',
        '完成时限',
        '来源',
        '最新核对状态',
        '核对历史',
      ]);
      expect(header.getCell(2).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(2).width).toBe(46);
      expect(sheet.getColumn(1).width).toBe(6);
    }
    expect(workbook.creator).toBe('整改台账');
  });

  it('maps problems and measures to their columns with sources, links, statuses and history', async () => {
    const workbook = await readBack(await toXlsx(sampleTables()));
    const edu = workbook.getWorksheet('县教育局党组 · 2023年第二轮巡察')!;
    const rows = values(edu);
    expect(rows).toHaveLength(1 + 7);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows[1][1]).toMatch(/^校园食堂食材采购/);
    expect(rows[1][2]).toBe('');
    expect(rows[3]).toEqual([
      '3',
      '',
      '由局党组书记牵头，2024年3月底前完成对全县中小学党组织书记的专题培训。',
      '局党组书记',
      '2024年3月底前',
      '《中共清溪县教育局党组关于巡察反馈意见整改工作方案》\n清溪县教育局 2024-01-10',
      '已体现',
      '2024-03-20 《县教育局党组巡察整改阶段性进展》：部分体现\n2024-07-15 《中共清溪县教育局党组关于巡察整改进展情况的通报》：已体现',
    ]);
    expect(rows[4][6]).toBe('已体现（人工修改）');
    expect(rows[7][2]).toBe('【表态】坚决扛起整改政治责任，以钉钉子精神抓好巡察反馈问题整改落实。');
    const link = edu.getRow(4).getCell(6).value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe('https://www.qxjy.gov.cn/zwgk/2024/0110/771.html');
    expect(edu.getRow(4).getCell(3).alignment?.wrapText).toBe(true);
    // A formula-looking clip is stored as a plain string, never as a formula.
    const injected = edu.getRow(6).getCell(3);
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.value).toBe('=HYPERLINK("http://evil.example","点击查看")');

    const health = workbook.getWorksheet('县卫生健康局党组 · 2023年第二轮巡察')!;
    const local = health.getRow(2).getCell(6);
    expect(local.value).toBe('《县卫健局整改材料》'); // a file: source is text, not a link
    expect(values(health)[2][2]).toBe('【整改进展】已召开专题会议研究部署医保基金监管工作。');
    const other = values(workbook.getWorksheet('未归类')!);
    expect(other[1].slice(0, 3)).toEqual(['1', '', '\t开展违规收受礼品礼金专项治理。']);
    expect(other[1][6]).toBe('未核对');
  });

  it('exports one case to one sheet, and an empty ledger to an empty 未归类 sheet', async () => {
    const tables = sampleTables();
    tables.clips = tables.clips.filter((c) => c.caseId === IDS.caseHealth);
    tables.cases = tables.cases.filter((c) => c.id === IDS.caseHealth);
    const one = await readBack(await toXlsx(tables));
    expect(one.worksheets.map((s) => s.name)).toEqual(['县卫生健康局党组 · 2023年第二轮巡察']);
    const empty = await readBack(
      await toXlsx({ documents: [], clips: [], cases: [], checks: [], overrides: [], settings: [] }),
    );
    expect(empty.worksheets.map((s) => s.name)).toEqual(['未归类']);
    expect(empty.worksheets[0].rowCount).toBe(1);
  });
});
