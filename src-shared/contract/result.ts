/**
 * Every call answers a Result: errors are returned, never thrown, because Electron's
 * `ipcMain.handle` keeps only an Error's message and the renderer needs the code.
 */
export const ERROR_CODES = [
  /** Input did not match the channel's schema; `params.issues` names each field. */
  'validation',
  /** The record asked for does not exist (any more). */
  'not_found',
  /** A program year for that fiscal year exists already. */
  'year_exists',
  /** A program year still has trainees and cannot be deleted. */
  'year_has_trainees',
  /** A sending government of that name is in the master list already. */
  'sending_government_exists',
  /** That municipality is a host already. */
  'host_exists',
  /** The host has trainees assigned or survey answers, which would be lost with it. */
  'host_in_use',
  /** The host and the sending government are tied already. */
  'tie_exists',
  /** A trainee has one host at a time: the dates overlap another assignment. */
  'assignment_overlap',
  /** A new trainee is likely someone entered already (same passport number, or name and birth date): `params.trainees` names them, `params.n` counts them. */
  'likely_duplicate',
  /** Backups need a database file (not an in-memory one). */
  'backups_unavailable',
  /** The database here is encrypted under a key this PC does not hold (a copy from another PC): enter its transfer code. */
  'database_locked',
  /** The transfer code does not open the database here. */
  'transfer_code_wrong',
  /** A backup an erasure could not rewrite still holds erased data: it is not restored (`params.file`). */
  'backup_not_erased',
  /** A room of that name is in the place already. */
  'room_exists',
  /** A JIAM class of that name is in the year already. */
  'class_exists',
  /** The year has a schedule already; a template is only copied into an empty one. */
  'schedule_not_empty',
  /** The backup copy failed its check and was not kept. */
  'backup_failed',
  /** The chosen backup file is damaged. */
  'backup_damaged',
  /** The file to import is empty. */
  'import_file_empty',
  /** The file to import is larger than imports accept. */
  'import_file_too_large',
  /** The file is password-protected (or the old .xls format). */
  'import_file_encrypted',
  /** The file is not a spreadsheet that can be read. */
  'import_file_unreadable',
  /** A part inside the .xlsx unpacks to more than imports accept (`params.entry`, `params.limitMb`): checked before it is unpacked. */
  'import_zip_entry_too_large',
  /** A cell position beyond Excel's last column (XFD) or row (1,048,576): `params.ref`, `params.maxColumn`, `params.maxRow`. */
  'import_sheet_out_of_range',
  /** The sheet holds more cells (merged areas spread included) than imports accept: `params.limit`. */
  'import_sheet_too_many_cells',
  /** The sheet has more merged areas than imports accept: `params.limit`. */
  'import_sheet_too_many_merges',
  /** The workbook's shared strings are more than imports accept: `params.limit`. */
  'import_too_many_strings',
  /** A text file in an encoding imports do not read; `params.encoding` names it. */
  'import_file_encoding',
  /** A text file whose bytes do not decode (U+FFFD appears); `params.row` is the first row with them. */
  'import_file_garbled',
  /** The file has more rows than one import takes (`params.file`, `params.rows`, `params.limit`). */
  'import_too_many_rows',
  /** Reading the file took longer than allowed and was stopped (`params.file`, `params.seconds`). */
  'import_time_limit',
  /** Reading the file needed more memory than allowed and was stopped (`params.file`, `params.limitMb`). */
  'import_memory_limit',
  /** The person stopped the reading; nothing was written. */
  'import_cancelled',
  /** No column of the file could be matched to a field. */
  'import_no_columns',
  /** The import was undone already. */
  'import_undone',
  /** Sync needs the office's passphrase, set in Settings. */
  'sync_no_passphrase',
  /** The file is not a change bundle. */
  'sync_not_bundle',
  /** The bundle could not be opened: wrong passphrase, or the file is damaged, cut short or altered. */
  'sync_bundle_invalid',
  /** The bundle unpacks to more than a change file may hold; `params.limitMb` is the limit. */
  'sync_bundle_too_large',
  /** The bundle was made by a newer version of Kakehashi. */
  'sync_newer_version',
  /** The bundle was written by this device. */
  'sync_own_bundle',
  /** No shared folder is set, or it cannot be read or written. */
  'sync_no_folder',
  /** The record cannot come back: what it belongs to is gone. */
  'sync_restore_blocked',
  /** Sample data is only loaded into a database without trainees. */
  'sample_not_empty',
  /** A disposal record names who carried the close-out out: the staff name must be set in Settings first. */
  'staff_name_required',
  /** Nothing of the year is past the retention period and still held (`params.fiscalYear`). */
  'close_out_nothing',
  /** The year is closed (confirmed as finished): its records are read only until it is reopened (`params.fiscalYear`). */
  'year_closed',
  /** The year cannot be closed while trainees are neither completed nor withdrawn (`params.fiscalYear`, `params.count`, `params.names`). */
  'year_not_finished',
  /** Channel name is not part of the contract. */
  'unknown_channel',
  /** Request body was not valid JSON. */
  'bad_json',
  /** Request body was larger than the host accepts. */
  'payload_too_large',
  /** No or wrong access token. */
  'unauthorized',
  /** Request came from a foreign origin, host or window. */
  'forbidden',
  /** The backend could not be reached. */
  'network',
  /** Anything unexpected; details are in the main process log, never shown. */
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input; `rule` is translated as `errors.rule.<rule>`. */
export interface FieldIssue {
  field: string;
  rule: string;
  params?: Record<string, string | number>;
}

export interface AppErrorBody {
  code: ErrorCode;
  params?: { issues?: FieldIssue[] } & Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, params?: AppErrorBody['params']): Result<T> {
  return params === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, params } };
}
