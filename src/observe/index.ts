// Observability: the pino logger and the prom-client metrics of one feedfold instance.
export { createLogger, createSilentLogger, type Logger, type LoggerOptions } from './logger.js';
export {
  createMetrics,
  Metrics,
  type MetricsOptions,
  type PollOutcomeKind,
  type PollSample,
  type SourceHealthSample,
} from './metrics.js';
