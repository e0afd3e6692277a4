import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AppResponse } from "./app-types.js";

/** The UI's script, styles and icons: `web/` beside `src/` or `dist/` in the package. */
export const webFolder = fileURLToPath(new URL("../../web", import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** A plain file name with a known extension: no folders, no dots but the extension's. */
const NAME = /^[a-z0-9][a-z0-9-]*\.(js|css|svg|png|ico)$/;

/**
 * The static files, read once from one flat folder into memory. A request names a file; only names in the table
 * exist, so no path (`..`, `%2e%2e`, an absolute path, a symbolic link out) can reach anything else.
 */
export class StaticFiles {
  readonly #files = new Map<string, AppResponse>();

  constructor(folder: string = webFolder) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isFile() || !NAME.test(entry.name)) continue;
      const ext = entry.name.slice(entry.name.lastIndexOf("."));
      this.#files.set(entry.name, {
        status: 200,
        headers: { "content-type": TYPES[ext]!, "cache-control": "public, max-age=300" },
        body: readFileSync(join(folder, entry.name)),
      });
    }
  }

  /** The response for `/static/<name>`, or null when there is no such file. */
  get(name: string): AppResponse | null {
    return this.#files.get(name) ?? null;
  }

  get names(): string[] {
    return [...this.#files.keys()].sort();
  }
}
