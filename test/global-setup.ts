import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Build `dist/` once before any test file runs: tests that run the CLI as a user does (a child process, worker
 * threads) need the compiled JavaScript of the tree under test. A type error elsewhere still emits JavaScript;
 * `npm test` type-checks separately.
 */
export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "ignore" });
  if (!existsSync(join(root, "dist", "cli", "main.js"))) throw new Error("building dist/ failed: run `npm run build` to see why");
}
