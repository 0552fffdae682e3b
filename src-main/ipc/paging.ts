/** A keyset-paged answer: a full page says where the next one starts (the last id); a short one says it was the last. */
export const keysetPage = <T extends { id: number }>(rows: T[], limit: number): { rows: T[]; nextBefore: number | null } => ({
  rows,
  nextBefore: rows.length === limit ? rows[rows.length - 1].id : null,
});
