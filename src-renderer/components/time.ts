import dayjs from 'dayjs';

/** Every time on screen reads `YYYY-MM-DD HH:mm`, as the desk's paper registers do. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : value;
}
