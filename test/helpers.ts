import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterEach } from "vitest";
import type { CliIo } from "../src/cli/io.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = "wiretrace-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

/** A CLI io that records what a command prints; `stdin` ends after `input`. */
export function captureIo(cwd: string, input = "", env: Record<string, string> = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = new PassThrough();
  stdin.end(input);
  const io: CliIo = { stdout, stderr, stdin, env, cwd };
  return { io, out: () => stdout.text, err: () => stderr.text };
}

/** Four reports of one port strike, each sharing most of its words with the others: one story. */
export const PORT_STRIKE = [
  "Dock workers at the port of Vellin walked out over pay, halting grain loading at the harbour for a third day.",
  "The Vellin port strike entered its fourth day as dock workers and the harbour authority failed to agree on pay.",
  "Grain exporters warned of losses as the dock strike at Vellin harbour kept ships waiting offshore.",
  "Ships queued off Vellin as the dock workers' strike over pay at the grain harbour went into a sixth day.",
] as const;

/** A JSONL article line without a title, published on 2023-07-0`day` (one digit). */
export const storyLine = (id: string, text: string, day: number): string =>
  JSON.stringify({ id, source: `Outlet ${id}`, title: null, published: `2023-07-0${day}`, text });
