import dayjs from 'dayjs';

/** Every time on screen and on paper reads `YYYY-MM-DD HH:mm` in the desk's local time, as the paper registers do. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : value;
}
