/**
 * A small error vocabulary with stable codes. `message` is already user-facing Chinese,
 * so an adapter or the CLI can show it as it is; `code` is for logs and tests.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'DB_UNAVAILABLE'
  | 'MIGRATION_FAILED'
  | 'BAD_INPUT'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'STALE_ACTION'
  | 'IMPORT_INVALID'
  | 'UPSTREAM_FAILED';

export class DangwuError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DangwuError';
  }
}

export const isDangwuError = (error: unknown): error is DangwuError => error instanceof DangwuError;
