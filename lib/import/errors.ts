/**
 * Why a backup file cannot be imported. These are problems of the file, not
 * of the ledger: the ledger is untouched whenever one is thrown. (Storage
 * failures while importing come out as `LedgerError`.)
 */
import type { MessageKey } from '../i18n';

export type BackupErrorCode =
  /** Larger than MAX_BACKUP_BYTES; refused before reading. */
  | 'too-large'
  /** Nothing in the file. */
  | 'empty'
  /** Not JSON at all (another kind of file, or corrupted). */
  | 'not-json'
  /** JSON that stops in the middle: a download or copy cut short. */
  | 'truncated'
  /** JSON, but not a backup of this extension. */
  | 'foreign'
  /** A backup from a newer version of the extension (format or schema). */
  | 'newer-version'
  /** Our backup, but with rows that fail validation or point to rows that are not there. */
  | 'invalid';

const MESSAGE_KEYS: Record<BackupErrorCode, MessageKey> = {
  'too-large': 'backupErrorTooLarge',
  empty: 'backupErrorEmpty',
  'not-json': 'backupErrorNotJson',
  truncated: 'backupErrorTruncated',
  foreign: 'backupErrorForeign',
  'newer-version': 'backupErrorNewerVersion',
  invalid: 'backupErrorInvalid',
};

export class BackupError extends Error {
  readonly code: BackupErrorCode;
  /** Key of the user-facing message in public/_locales/<lang>/messages.json. */
  readonly messageKey: MessageKey;
  /** What failed, for logs (not for users). */
  readonly details?: string[];

  constructor(code: BackupErrorCode, message: string, options: { cause?: unknown; details?: string[] } = {}) {
    super(message);
    this.name = 'BackupError';
    this.code = code;
    this.messageKey = MESSAGE_KEYS[code];
    this.details = options.details;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
