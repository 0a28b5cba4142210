import { pino, type DestinationStream, type Logger } from 'pino';

/** JSON lines on stdout (or `destination`), one per event, each with the service name. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'sahel-graph' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
