import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DeskError } from '../../../src-shared/errors';
import type { ImportRowReport } from '../../../src-shared/modules/directory';

type Field = keyof ImportRowReport['values'];

/** Header names the desk's own export writes, plus the ones property offices commonly use. */
const HEADERS: Record<Field, string[]> = {
  building: ['楼栋', '楼号', '楼宇', '栋', 'building'],
  entrance: ['单元', 'entrance'],
  room: ['房号', '房间', '房间号', '门牌', 'room'],
  name: ['姓名', '名称', '住户', '业主姓名', 'name'],
  kind: ['类型', '身份', '住户类型', 'kind', 'type'],
  phone: ['电话', '手机', '联系电话', '手机号', 'phone'],
  consent: ['代收快递', '同意代收', '同意代收快递', 'consent', 'parcelconsent'],
  note: ['备注', 'note', 'remarks'],
};

export interface RawRow {
  line: number;
  values: ImportRowReport['values'];
}

/** Excel in China saves CSV as GBK: try strict UTF-8 first, then GBK. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return String(value.result ?? '');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

async function readTable(fileName: string, bytes: Buffer): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) {
    return parse(decodeCsv(bytes), { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const table: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    table[n - 1] = cells;
  });
  return Array.from(table, (r) => r ?? []);
}

/** Reads the first sheet (or the CSV), finds the header row among the first five and maps its columns. */
export async function readImportFile(fileName: string, base64: string): Promise<RawRow[]> {
  let table: string[][];
  try {
    table = await readTable(fileName, Buffer.from(base64, 'base64'));
  } catch (err) {
    throw new DeskError('IMPORT_FILE', { reason: err instanceof Error ? err.message.slice(0, 120) : '格式错误' });
  }
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '');
  const headerIndex = table.slice(0, 5).findIndex((r) => r.some((c) => HEADERS.name.includes(norm(c))));
  if (headerIndex < 0) throw new DeskError('IMPORT_FILE', { reason: '找不到表头（至少需要“姓名”“楼栋”“房号”列）' });
  const header = table[headerIndex].map(norm);
  const columns = Object.fromEntries(
    (Object.keys(HEADERS) as Field[]).map((f) => [f, header.findIndex((h) => HEADERS[f].includes(h))]),
  ) as Record<Field, number>;
  if (columns.building < 0 || columns.room < 0) throw new DeskError('IMPORT_FILE', { reason: '缺少“楼栋”或“房号”列' });
  const rows: RawRow[] = [];
  table.slice(headerIndex + 1).forEach((cells, i) => {
    if (cells.every((c) => !String(c ?? '').trim())) return;
    const get = (f: Field) => (columns[f] >= 0 ? String(cells[columns[f]] ?? '').trim() : '');
    rows.push({
      line: headerIndex + i + 2,
      values: {
        building: get('building'), entrance: get('entrance'), room: get('room'), name: get('name'),
        kind: get('kind'), phone: get('phone'), consent: get('consent'), note: get('note'),
      },
    });
  });
  if (rows.length > 100_000) throw new DeskError('IMPORT_FILE', { reason: '超过 100000 行，请分批导入' });
  return rows;
}
