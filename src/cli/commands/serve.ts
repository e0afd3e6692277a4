import { InvalidArgumentError, type Command } from "commander";
import { WiretraceError } from "../../core/errors.js";
import { createApp } from "../../server/app.js";
import { startServer } from "../../server/node-server.js";
import { defaultServerOptions } from "../../server/options.js";
import { print, type CliIo } from "../io.js";
import { dbLocation, openStore } from "../store-option.js";

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535, got ${JSON.stringify(value)}`);
  return n;
};

const megabytes = (value: string): number => {
  const n = Number(value);
  if (!(n > 0 && n <= 1024)) throw new InvalidArgumentError(`expected a size in MiB from 1 to 1024, got ${JSON.stringify(value)}`);
  return n;
};

/** `wiretrace serve`: the JSON API and the web UI over one database, on loopback unless told otherwise. */
export function serveCommand(program: Command, io: CliIo, onStarted?: (url: string, stop: () => Promise<void>) => void): void {
  program
    .command("serve")
    .description("serve the JSON API and the web UI (loopback only unless --host is given); writes need WIRETRACE_TOKEN")
    .option("--db <file>", "database file")
    .option("--port <n>", "port to listen on (0 picks a free one)", port, defaultServerOptions.port)
    .option("--host <address>", "interface to listen on; 0.0.0.0 exposes the server to the network", defaultServerOptions.host)
    .option("--max-upload <MiB>", "largest upload accepted, in MiB", megabytes, defaultServerOptions.maxBodyBytes / 1024 / 1024)
    .option("--cors-origin <origins...>", "origins allowed to call the API from other sites (CORS is off without it)")
    .option("--json", "print where it listens as JSON")
    .action(async (flags: { db?: string; port: number; host: string; maxUpload: number; corsOrigin?: string[]; json?: boolean }) => {
      const token = io.env["WIRETRACE_TOKEN"]?.trim() || null;
      const store = await openStore(dbLocation(io, flags.db));
      const options = {
        host: flags.host, port: flags.port, token, maxBodyBytes: Math.round(flags.maxUpload * 1024 * 1024), corsOrigins: flags.corsOrigin ?? [],
      };
      let running;
      try {
        running = await startServer(createApp(store, options), options);
      } catch (error) {
        await store.close();
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EADDRINUSE") throw new WiretraceError("usage", `port ${flags.port} on ${flags.host} is in use: choose another with --port`);
        if (code === "EADDRNOTAVAIL") throw new WiretraceError("usage", `${flags.host} is not an address of this machine`);
        throw error;
      }
      const stop = async () => {
        await running.close();
        await store.close();
      };
      if (flags.json) {
        io.stdout.write(`${JSON.stringify({ url: running.url, writes: token !== null })}\n`);
      } else {
        print(io, `wiretrace serving ${running.url} (web UI at /, API at /api, description at /openapi.json)`);
        print(io, token === null
          ? "writes are disabled: set WIRETRACE_TOKEN to accept uploads (send it as Authorization: Bearer <token>)"
          : "writes need the token in WIRETRACE_TOKEN, sent as Authorization: Bearer <token>");
      }
      if (onStarted) {
        onStarted(running.url, stop);
        return;
      }
      await new Promise<void>((resolve) => {
        const quit = () => {
          process.off("SIGINT", quit);
          process.off("SIGTERM", quit);
          void stop().then(resolve, resolve);
        };
        process.on("SIGINT", quit);
        process.on("SIGTERM", quit);
      });
    });
}
