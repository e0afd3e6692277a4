import type { Writable } from "node:stream";

/** Where a command writes: the CLI passes the process streams, tests pass buffers. */
export interface CliIo {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & AsyncIterable<Uint8Array>;
  /** The environment the CLI may read (WIRETRACE_DB, NO_COLOR). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Exit codes, one meaning each. */
export const EXIT = { ok: 0, error: 1, usage: 2, rejected: 3, notFound: 4 } as const;

export const print = (io: CliIo, text = ""): void => {
  io.stdout.write(`${text}\n`);
};

export const printJson = (io: CliIo, value: unknown): void => {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Pad or cut a cell to a width, for plain-text tables. */
export function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > width ? `${flat.slice(0, Math.max(0, width - 1))}…` : flat.padEnd(width);
}

/** A one-line progress display on stderr, drawn only when stderr is a terminal. */
export function progressLine(io: CliIo, label: string): { update(text: string): void; done(): void } {
  if (!io.stderr.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let drawn = false;
  let last = 0;
  return {
    update(text) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const secs = ((now - started) / 1000).toFixed(1);
      io.stderr.write(`\r\u001b[2K${label}: ${text} (${secs}s)`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr.write("\r\u001b[2K");
    },
  };
}
