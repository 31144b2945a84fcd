import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface LoggerOptions {
  /** `gateway` or the subgraph's name: the `service` field of every line. */
  service: string;
  level?: LogLevel;
  /** Where the JSON lines go; stdout when not given (tests pass a stream of their own). */
  destination?: DestinationStream;
}

/**
 * One JSON object per line on stdout, each with `service`, an ISO time and the level as a word, so that a log
 * collector reads them without configuration and people can still read them in a terminal.
 */
export function createLogger({ service, level = "info", destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Defence in depth: no code of ours logs headers or tokens, but a stray object must not leak one either.
      redact: {
        paths: ["authorization", "token", "headers.authorization", "req.headers.authorization", "*.authorization"],
        censor: "[redacted]",
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

let processLogger: Logger | undefined;

/** The logger of this process, for code that runs outside a request (set once at start by the server). */
export function getProcessLogger(): Logger {
  return (processLogger ??= createLogger({ service: "kinderschutz" }));
}

export function setProcessLogger(logger: Logger): void {
  processLogger = logger;
}
