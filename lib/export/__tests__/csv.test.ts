import { describe, expect, it } from 'vitest';
import { csvCell, CSV_COLUMNS, protectFormula, toCsv } from '../csv';
import { sampleTables } from './fixtures';

/** A strict RFC 4180 reader (CRLF records, quoted fields), to read our output back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (field || record.length) throw new Error('last record not terminated by CRLF');
  return records;
}

const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('CSV cells', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('县教育局')).toBe('县教育局');
    expect(csvCell('培训,考核')).toBe('"培训,考核"');
    expect(csvCell('实行“双人复核”和"留痕"')).toBe('"实行“双人复核”和""留痕"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(12)).toBe('12');
  });

  it('defuses formulas: = + - @ tab and CR at the start get an apostrophe', () => {
    for (const dangerous of [
      '=1+1',
      '+86 0571',
      '-人事股',
      '@SUM(A1)',
      '\tHIDDEN',
      '\rX',
      '=HYPERLINK("http://x")',
    ]) {
      expect(protectFormula(dangerous)).toBe(`'${dangerous}`);
    }
    for (const safe of ['2024-03-01', '１＝１', '县教育局=主责', ' =1', '', "'already"]) {
      expect(protectFormula(safe)).toBe(safe);
    }
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1)).toBe('-1'); // numbers we write ourselves are data, not user text
  });
});

describe('CSV export', () => {
  it('is UTF-8 with BOM, CRLF, the 整改台账 header and one record per clip', async () => {
    const csv = await toCsv(sampleTables());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').indexOf('\r')).toBe(-1); // no bare CR
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(1 + sampleTables().clips.length);
    for (const r of records) expect(r).toHaveLength(CSV_COLUMNS.length);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('fills the columns, orders rows by case, source date and page position', async () => {
    const records = parseCsv((await toCsv(sampleTables())).slice(1));
    const rows = records.slice(1);
    expect(rows.map((r) => r[col('序号')])).toEqual(rows.map((_, i) => String(i + 1)));
    // 县教育局 (jiào) before 县卫生 (wèi) in pinyin order; unassigned last.
    expect(rows.map((r) => r[col('所属巡察')])).toEqual([
      ...Array(7).fill('县教育局党组 · 2023年第二轮巡察'),
      '县卫生健康局党组 · 2023年第二轮巡察',
      '县卫生健康局党组 · 2023年第二轮巡察',
      '未归类',
    ]);
    // Feedback (2023-11-08) before plan (2024-01-10); within a page, by position (p2 is above p1).
    expect(rows[0][col('问题')]).toMatch(/^校园食堂食材采购/);
    expect(rows[1][col('问题')]).toMatch(/^落实全面从严治党/);
    expect(rows[0][col('类型')]).toBe('问题');
    expect(rows[0][col('整改措施')]).toBe('');
    expect(rows[0][col('标签')]).toBe('食堂、采购');
    expect(rows[0][col('最新核对状态')]).toBe(''); // problems are not checked

    const m1 = rows[2];
    expect(m1[col('类型')]).toBe('整改措施');
    expect(m1[col('问题')]).toBe('');
    expect(m1[col('整改措施')]).toMatch(/^由局党组书记牵头/);
    expect(m1[col('责任单位/责任人')]).toBe('局党组书记');
    expect(m1[col('完成时限')]).toBe('2024年3月底前');
    expect(m1[col('来源标题')]).toBe('中共清溪县教育局党组关于巡察反馈意见整改工作方案');
    expect(m1[col('来源单位')]).toBe('清溪县教育局');
    expect(m1[col('发布日期')]).toBe('2024-01-10');
    expect(m1[col('链接')]).toBe('https://www.qxjy.gov.cn/zwgk/2024/0110/771.html');
    expect(m1[col('最新核对状态')]).toBe('已体现');
    expect(m1[col('核对历史')]).toBe(
      '2024-03-20 《县教育局党组巡察整改阶段性进展》：部分体现\n' +
        '2024-07-15 《中共清溪县教育局党组关于巡察整改进展情况的通报》：已体现',
    );
    const m2 = rows[3];
    expect(m2[col('最新核对状态')]).toBe('已体现（人工修改）');
    expect(m2[col('核对历史')].split('\n')[1]).toBe(
      '2024-07-15 《中共清溪县教育局党组关于巡察整改进展情况的通报》：已体现（人工修改，原判：部分体现）',
    );
    expect(m2[col('备注')]).toBe('与县市场监管局联合督查');
    const unassigned = rows[9];
    expect(unassigned[col('最新核对状态')]).toBe('未核对');
  });

  it('keeps hostile text intact but inert', async () => {
    const rows = parseCsv((await toCsv(sampleTables())).slice(1)).slice(1);
    const m3 = rows[4];
    expect(m3[col('整改措施')]).toBe(`'=HYPERLINK("http://evil.example","点击查看")`);
    expect(m3[col('备注')]).toBe("'@SUM(A1:A9)");
    expect(m3[col('最新核对状态')]).toBe('未体现');
    const m4 = rows[5];
    expect(m4[col('整改措施')]).toBe(
      '修订职称评审工作细则，对评审材料实行“双人复核”，全程留痕,\n做到可追溯。',
    );
    expect(m4[col('责任单位/责任人')]).toBe("'-人事股");
    expect(m4[col('完成时限')]).toBe("'+3个月");
    expect(rows[9][col('整改措施')]).toBe("'\t开展违规收受礼品礼金专项治理。");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('reports progress in chunks up to the total', async () => {
    const calls: [number, number][] = [];
    await toCsv(sampleTables(), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 10]);
    expect(calls[calls.length - 1]).toEqual([10, 10]);
  });
});
