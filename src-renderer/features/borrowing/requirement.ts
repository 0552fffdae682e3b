import { useTranslation } from 'react-i18next';
import type { ApproverRole } from '../../../src-shared/rules/borrowing-approval';

/** "办公室主任" or "工程部负责人": who must approve, as the list and the form show it. */
export function useRequirementText(): (role: ApproverRole | null, dept: string | null) => string {
  const { t } = useTranslation();
  return (role, dept) => {
    if (!role) return '';
    return role === 'dept_head' && dept ? t('borrowingUi.deptHead', { dept }) : t(`borrowing.roles.${role}`);
  };
}
