/** Every error wiretrace raises on purpose. `code` drives CLI exit codes and HTTP statuses in one place each. */
export type ErrorCode = "bad-input" | "not-found" | "usage" | "store";

export class WiretraceError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WiretraceError";
    this.code = code;
  }
}

/**
 * Bad input, located: file, line and field where known.
 *
 * @example new InputError("no date", { file: "a.jsonl", line: 3, field: "published" }).message
 *   // "a.jsonl:3: published: no date"
 */
export class InputError extends WiretraceError {
  readonly file: string | null;
  readonly line: number | null;
  readonly field: string | null;
  readonly reason: string;
  constructor(reason: string, where: { file?: string | null; line?: number | null; field?: string | null } = {}) {
    const file = where.file ?? null;
    const line = where.line ?? null;
    const field = where.field ?? null;
    const place = [file, line === null ? null : String(line)].filter((p) => p !== null).join(":");
    const prefix = [place || null, field].filter((p) => p !== null).join(": ");
    super("bad-input", prefix ? `${prefix}: ${reason}` : reason);
    this.name = "InputError";
    this.file = file;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }
}

export class NotFoundError extends WiretraceError {
  constructor(message: string) {
    super("not-found", message);
    this.name = "NotFoundError";
  }
}
