import { useEffect, useState } from 'react';
import type { ArchiveCabinetRow } from '../../../src-shared/modules/archive';
import type { DepartmentRow } from '../../../src-shared/modules/users';
import { errorMessage, invoke } from '../../api/client';

/** Cabinets (with boxes) and departments, read once when a page or form opens; `round` re-reads them. */
export function useArchiveSetup(round = 0, includeInactive = false) {
  const [cabinets, setCabinets] = useState<ArchiveCabinetRow[]>([]);
  const [departments, setDepartments] = useState<DepartmentRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([invoke('archive.cabinets.list', { includeInactive }), invoke('users.departments.list', {})]).then(
      ([c, d]) => {
        if (!live) return;
        setCabinets(c);
        setDepartments(d);
        setError(null);
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [round, includeInactive]);
  return { cabinets, departments, error };
}

/** Every active box as `3.1-02 标签` for a select, in cabinet order. */
export const boxOptions = (cabinets: ArchiveCabinetRow[]) =>
  cabinets.flatMap((c) => c.boxes.filter((b) => b.active).map((b) => ({ id: b.id, text: `${b.code}${b.label ? ` ${b.label}` : ''}`, cabinet: c, box: b })));
