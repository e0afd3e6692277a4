/**
 * `COPY ... FROM STDIN` through node-postgres without another package: a query object that node-postgres runs
 * like any other (it calls `submit`, then the `handle*` methods as the server answers), which sends its rows when
 * the server asks for them. Rows are in COPY's text format, made by {@link copyRow}.
 */

/** The slice of node-postgres' connection that COPY uses. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** The slice of a node-postgres client that runs query objects. */
export interface QueryRunner {
  query(submittable: CopyIn): unknown;
}

/** One COPY FROM STDIN: resolves with the number of rows copied once the server is ready again. */
export class CopyIn {
  private error: Error | null = null;
  private rows = 0;
  private settle: { resolve: (n: number) => void; reject: (e: Error) => void } | null = null;
  readonly done: Promise<number>;

  constructor(private readonly sql: string, private readonly lines: readonly string[]) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: CopyConnection): void {
    connection.query(this.sql);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    const chunkLines = 2000;
    for (let i = 0; i < this.lines.length; i += chunkLines) {
      connection.sendCopyFromChunk(Buffer.from(this.lines.slice(i, i + chunkLines).join(""), "utf8"));
    }
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /COPY (\d+)/.exec(message.text ?? "");
    if (match) this.rows = Number(match[1]);
  }

  handleError(error: Error): void {
    this.error = error;
    // A protocol-level error arrives without a following ReadyForQuery when the connection itself broke.
    if ((error as { code?: string }).code === undefined) this.finish();
  }

  handleReadyForQuery(): void {
    this.finish();
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  private finish(): void {
    const settle = this.settle;
    this.settle = null;
    if (!settle) return;
    if (this.error) settle.reject(this.error);
    else settle.resolve(this.rows);
  }
}

/**
 * Copy rows into `table (columns)` on `client`, inside whatever transaction the client is in.
 *
 * @example await copyRows(client, "lsh_bands", ["band_key", "published_day", "seq"], [[1, 19000, 7]]);
 */
export async function copyRows(
  client: QueryRunner, table: string, columns: readonly string[], rows: readonly (readonly CopyValue[])[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const copy = new CopyIn(`COPY ${table} (${columns.join(", ")}) FROM STDIN`, rows.map(copyRow));
  client.query(copy);
  return copy.done;
}

/** A value COPY's text format can carry: null, a number, text, or bytes (sent as bytea hex). */
export type CopyValue = string | number | bigint | null | Uint8Array;

const escapeText = (s: string): string => s.replace(/[\\\n\r\t]/g, (c) => (c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));

/** One line of COPY text format: tab-separated, `\N` for null, backslash escapes. */
export function copyRow(values: readonly CopyValue[]): string {
  return `${values.map((v) => {
    if (v === null) return "\\N";
    if (typeof v === "number" || typeof v === "bigint") return String(v);
    if (typeof v === "string") return escapeText(v);
    return `\\\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex")}`;
  }).join("\t")}\n`;
}
