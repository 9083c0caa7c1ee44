// Structured logs: pino JSON lines, or pino-pretty when a person is watching a terminal.
import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';
import pretty from 'pino-pretty';

/** The logger every long-running part receives (pino's). */
export type Logger = PinoLogger;

/** How to build the logger. */
export interface LoggerOptions {
  level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  /** Human-readable lines; defaults to whether stdout is a terminal. */
  pretty?: boolean;
  /** Where lines go; defaults to stdout, written synchronously so nothing is lost on exit. */
  destination?: DestinationStream;
  /** Fields added to every line. */
  base?: Record<string, unknown>;
}

/** Creates the process logger: JSON lines by default, colourised lines on a TTY. */
export function createLogger(options: LoggerOptions): Logger {
  const usePretty = options.pretty ?? Boolean(process.stdout.isTTY);
  const stream = usePretty
    ? pretty({
        colorize: options.destination === undefined,
        sync: true,
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,name',
        destination: options.destination ?? 1,
      })
    : options.destination ?? pino.destination({ fd: 1, sync: true });
  return pino(
    {
      level: options.level,
      base: { name: 'feedfold', ...options.base },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
}

/** A logger that drops everything (tests, one-shot commands that print their own output). */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
