/** Roles of DOMAIN.md "People and roles". A user may hold several. */
export const ROLES = [
  'receptionist',
  'archivist',
  'dept_head',
  'office_director',
  'security_manager',
  'service_manager',
  'general_manager',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Everyone who works with business data: the administrator is deliberately absent (DOMAIN.md: sees no business data it does not need). */
export const STAFF: readonly Role[] = ROLES.filter((r) => r !== 'admin');

/** Managers who may read the audit trail and print managers' registers. */
export const MANAGERS: readonly Role[] = ['general_manager', 'office_director', 'security_manager'];
