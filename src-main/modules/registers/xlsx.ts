import ExcelJS from 'exceljs';
import { isImageCell, type RegisterData } from '../../../src-shared/modules/registers';

/** The register as a workbook: title, period and form number above a header row that repeats on every printed page. */
export async function registerToXlsx(data: RegisterData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FrontDesk';
  const ws = wb.addWorksheet(data.title.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: data.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' },
  });
  const span = Math.max(1, data.columns.length);
  const head = [data.orgName ? `${data.orgName} ${data.title}` : data.title, [data.formNo ? `表号 ${data.formNo}` : '', data.periodLabel, `打印 ${data.generatedAt}`].filter(Boolean).join('    ')];
  head.forEach((text, i) => {
    ws.mergeCells(i + 1, 1, i + 1, span);
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { bold: i === 0, size: i === 0 ? 14 : 10 };
    cell.alignment = { horizontal: 'center' };
  });
  const header = ws.getRow(4);
  data.columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.label;
    ws.getColumn(i + 1).width = Math.max(6, c.width);
  });
  header.font = { bold: true };
  for (const row of data.rows) {
    const added = ws.addRow(data.columns.map((c) => (isImageCell(row[c.key] ?? '') ? '' : (row[c.key] ?? ''))));
    data.columns.forEach((c, i) => {
      const value = row[c.key] ?? '';
      if (!isImageCell(value)) return;
      const [head, base64] = value.split(',');
      const image = wb.addImage({ base64, extension: head.includes('jpeg') ? 'jpeg' : 'png' });
      // Row heights are in points and image sizes in pixels: 30 pt ≈ 40 px keeps a signature legible.
      added.height = 30;
      ws.addImage(image, { tl: { col: i, row: added.number - 1 }, ext: { width: 80, height: 40 } });
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
