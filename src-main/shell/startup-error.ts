import { DeskError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n';

export const STARTUP_ERROR_TITLE = 'FrontDesk 物业前台 无法启动';

/** The Chinese text of the dialog shown when the desk cannot be opened (the app then quits). */
export function startupErrorMessage(err: unknown, dataDir: string): string {
  const where = `数据目录：${dataDir}`;
  if (err instanceof DeskError && err.code === 'DB_TOO_NEW') {
    return [
      translate('zh-CN', 'errors.DB_TOO_NEW', err.params),
      '数据文件未做任何改动。请安装最新版本的 FrontDesk 后再打开，或联系管理员。',
      where,
    ].join('\n\n');
  }
  const detail = err instanceof Error ? err.message : String(err);
  const busy = /SQLITE_BUSY|database is locked/i.test(detail);
  return [
    busy ? '数据文件正被其他程序占用，无法打开。请关闭其他 FrontDesk 窗口后重试。' : '无法打开数据文件，程序将退出。',
    `错误信息：${detail}`,
    where,
    '请勿删除或移动数据目录中的文件；如需帮助请联系管理员，并提供以上信息。',
  ].join('\n\n');
}
