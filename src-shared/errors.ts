/** Stable error codes crossing the IPC/HTTP boundary. Messages live in i18n under `errors.<code>`. */
export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'VALIDATION',
  'UNAUTHENTICATED',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_RULE',
  'SETUP_DONE',
  'SETUP_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'IN_USE',
  'IMPORT_HAS_ERRORS',
  'IMPORT_FILE',
  'PRINT_UNAVAILABLE',
  'DB_TOO_NEW',
  'STORE_FULL',
  'STORE_BUSY',
  'STORE_READONLY',
  'STORE_IO',
  'STORE_CORRUPT',
  'PASS_EXPIRED',
  'PASS_NOT_YET_VALID',
  'PASS_REVOKED',
  'PASS_OUT_OF_SCOPE',
  'OWNER_CONSENT_REQUIRED',
  'SLIP_ALREADY_RELEASED',
  'SLIP_VOIDED',
  'ID_INVALID',
  'BLOCKLISTED',
  'OVERRIDE_REFUSED',
  'ALREADY_CHECKED_OUT',
  'ALREADY_ON_SITE',
  'DUPLICATE_MAIL',
  'ALREADY_PICKED_UP',
  'PICKUP_CODE_UNKNOWN',
  'MIXED_RECIPIENTS',
  'MAIL_WRONG_STATE',
  'OUT_OF_STOCK',
  'CLAIM_MISMATCH',
  'LENDING_CLOSED',
  'KEY_UNAVAILABLE',
  'KEY_IN_RING',
  'KEY_NOT_ALLOWED',
  'KEY_APPROVAL_REQUIRED',
  'KEY_APPROVAL_REFUSED',
  'KEY_APPROVAL_SELF',
  'KEY_NOT_OUT',
  'KEY_WRONG_STATE',
  'DEPOSIT_NOT_AUTHORISED',
  'LOSTFOUND_NOT_IN_CUSTODY',
  'LOSTFOUND_SAFE_REQUIRED',
  'LOSTFOUND_COUNT_REQUIRED',
  'LOSTFOUND_COUNT_REFUSED',
  'LOSTFOUND_COUNT_SELF',
  'LOSTFOUND_NOT_EXPIRED',
  'LOSTFOUND_DECIDED',
  'LOSTFOUND_NO_DECISION',
  'ARCHIVE_STORAGE_IN_USE',
  'ARCHIVE_NOT_ACTIVE',
  'BACKUP_FAILED',
  'BACKUP_NOT_FOUND',
  'BACKUP_CORRUPT',
  'BACKUP_FOREIGN',
  'BACKUP_TOO_NEW',
  'BACKUP_AUDIT_BROKEN',
  'BACKUP_RESTORE_FAILED',
  'DOCCONTROL_DOC_INACTIVE',
  'DOCCONTROL_DECIDED',
  'DOCCONTROL_NOT_APPROVED',
  'DOCCONTROL_COPY_STATE',
  'DOCCONTROL_REISSUE_OPEN',
  'DOCCONTROL_VOID_OPEN',
  'DOCCONTROL_CREDENTIAL_REFUSED',
  'DOCCONTROL_SAME_PERSON',
  'BORROWING_REFUSED',
  'BORROWING_APPROVAL_REFUSED',
  'BORROWING_SELF_APPROVAL',
  'BORROWING_NOT_APPROVED',
  'BORROWING_WRONG_STATE',
  'BORROWING_DOC_OUT',
  'BORROWING_LEND_REFUSED',
  'HANDOVER_PENDING',
  'HANDOVER_SELF',
  'HANDOVER_REFUSED',
  'HANDOVER_WRONG_STATE',
  'HANDOVER_NOT_OUTGOING',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DeskErrorBody {
  code: ErrorCode;
  message: string;
  /** Field-level details for forms: path → message. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: DeskErrorBody };

/** Thrown by services; the dispatcher turns it into an envelope with a translated message. */
export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Record<string, string>,
    /**
     * Keep what the call wrote before refusing (and audit it): a failed login must still count the failure and
     * lock the account, although the caller gets an error.
     */
    readonly keepChanges = false,
  ) {
    super(code);
    this.name = 'DeskError';
  }
}
