import type { Widen } from '../../../src-shared/i18n/zh-CN';

/** Screen texts of the backups feature (namespace `backupsUi`). */
const zhCN = {
  title: '数据备份',
  tile: {
    title: '数据备份',
    last: '最近一次成功备份：{{at}}（{{kind}}）',
    never: '尚无成功的备份',
    stale: '已超过一天没有成功备份，请立即备份并检查备份设置',
    open: '备份与恢复',
  },
  kind: { auto: '每日自动', manual: '手动', exit: '退出时', pre_restore: '恢复前安全副本', restore: '恢复' },
  run: {
    title: '立即备份',
    toDataDir: '备份到本机备份文件夹',
    dirHint: '本机备份文件夹：{{dir}}（每日自动备份；保留最近 7 天、4 周、12 个月）',
    folder: '备份到指定文件夹（U 盘、网络共享等）',
    folderPlaceholder: '例如 D:\\前台备份 或 /media/usb/备份',
    choose: '选择文件夹…',
    toFolder: '备份到此文件夹',
    done: '已备份：{{file}}（{{size}}）',
  },
  files: {
    title: '本机备份文件',
    none: '备份文件夹中还没有备份',
    restore: '用此备份恢复',
  },
  restore: {
    title: '从备份恢复',
    path: '备份文件路径',
    pathPlaceholder: '备份文件的完整路径，例如 D:\\前台备份\\frontdesk-20261120-020000-auto.sqlite',
    start: '恢复…',
    confirmTitle: '确认恢复数据',
    confirmText: '将用备份 {{file}} 替换当前全部数据。备份之后录入的内容将不再显示；当前数据会先保存为安全副本，可再用它恢复。系统会先检查备份是否完整、是否为本系统的数据。',
    confirm: '确认恢复',
    done: '已从 {{file}} 恢复，{{records}} 条操作日志校验通过；恢复前的数据已保存为 {{safety}}',
  },
  history: {
    title: '备份记录',
    none: '还没有备份记录',
    col: { at: '时间', kind: '类型', file: '文件', size: '大小', result: '结果', by: '操作人' },
    ok: '成功',
    system: '系统',
    failed: '失败：{{error}}',
  },
};

const en: Widen<typeof zhCN> = {
  title: 'Backups',
  tile: {
    title: 'Backups',
    last: 'Last successful backup: {{at}} ({{kind}})',
    never: 'No successful backup yet',
    stale: 'No successful backup for more than a day: back up now and check the backup settings',
    open: 'Backup and restore',
  },
  kind: { auto: 'Daily', manual: 'Manual', exit: 'On exit', pre_restore: 'Safety copy before restore', restore: 'Restore' },
  run: {
    title: 'Back up now',
    toDataDir: 'Back up to the local backup folder',
    dirHint: 'Local backup folder: {{dir}} (daily backups; keeps 7 days, 4 weeks, 12 months)',
    folder: 'Back up to a folder (USB stick, network share…)',
    folderPlaceholder: 'e.g. D:\\Backups or /media/usb/backups',
    choose: 'Choose folder…',
    toFolder: 'Back up to this folder',
    done: 'Backed up: {{file}} ({{size}})',
  },
  files: { title: 'Local backup files', none: 'No backups in the backup folder yet', restore: 'Restore this backup' },
  restore: {
    title: 'Restore from a backup',
    path: 'Backup file path',
    pathPlaceholder: 'Full path of the backup file',
    start: 'Restore…',
    confirmTitle: 'Confirm restore',
    confirmText: 'All current data will be replaced by the backup {{file}}. Anything entered after the backup will no longer show; the current data is kept as a safety copy first. The backup is checked before anything changes.',
    confirm: 'Restore',
    done: 'Restored from {{file}}; {{records}} audit records verified; the data before is kept as {{safety}}',
  },
  history: {
    title: 'Backup history',
    none: 'No backups recorded yet',
    col: { at: 'Time', kind: 'Kind', file: 'File', size: 'Size', result: 'Result', by: 'By' },
    ok: 'OK',
    system: 'System',
    failed: 'Failed: {{error}}',
  },
};

export const backupsUi = { zhCN, en };

export const formatSize = (bytes: number | null): string =>
  bytes == null ? '' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
