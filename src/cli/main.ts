import { Command, CommanderError } from "commander";
import { WiretraceError } from "../core/errors.js";
import { demoCommand } from "./commands/demo.js";
import { compareCommand } from "./commands/compare.js";
import { evalCommands } from "./commands/eval.js";
import { reuseCommands } from "./commands/reuse.js";
import { serveCommand } from "./commands/serve.js";
import { storyCommands } from "./commands/stories.js";
import { entityCommands } from "./commands/entities.js";
import { ingestCommand } from "./commands/ingest.js";
import { checkCommand } from "./commands/check.js";
import { migrateCommand } from "./commands/migrate.js";
import { readCommands } from "./commands/list.js";
import { timelineCommands } from "./commands/timeline.js";
import { EXIT, type CliIo } from "./io.js";

/** The version printed by `--version`. */
export const VERSION = "0.1.0";

const exitFor = (error: unknown): number => {
  if (error instanceof WiretraceError) {
    return error.code === "not-found" ? EXIT.notFound : error.code === "usage" || error.code === "bad-input" ? EXIT.usage : EXIT.error;
  }
  return EXIT.error;
};

/**
 * Run the CLI on `argv` (without the node and script names) and return the exit code. Errors are turned into a
 * message and an exit code here, and only here.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("wiretrace")
    .description("Follow a news story across outlets: ingest dated articles and see what was copied, reworded and when.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError(false);
  ingestCommand(program, io, (code) => (exitCode = code));
  checkCommand(program, io, (code) => (exitCode = code));
  readCommands(program, io);
  reuseCommands(program, io);
  timelineCommands(program, io);
  storyCommands(program, io);
  entityCommands(program, io);
  compareCommand(program, io);
  evalCommands(program, io);
  demoCommand(program, io);
  serveCommand(program, io);
  migrateCommand(program, io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`wiretrace: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitFor(error);
  }
}

function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}
