// The HTTP app, built and not started: createApp(deps) mounts every route module; listen.ts opens the port.
import { Hono } from 'hono';
import { routePath } from 'hono/route';
import type { Config } from '../model.js';
import type { Logger } from '../observe/logger.js';
import type { Metrics } from '../observe/metrics.js';
import type { SchedulerStatus } from '../schedule/types.js';
import type { Store } from '../store/index.js';
import { createErrorHandler, handleNotFound } from './error-handler.js';
import { feedRoutes } from './routes/feeds.js';
import { healthRoutes } from './routes/health.js';
import { homeRoutes } from './routes/home.js';
import { metricsRoutes } from './routes/metrics.js';
import { reportRoutes } from './routes/report.js';
import { sourcesRoutes } from './routes/sources.js';

/** What every route module receives. */
export interface AppDeps {
  config: Config;
  store: Store;
  now: () => number;
  metrics?: Metrics;
  scheduler?: SchedulerStatus;
  logger?: Logger;
}

/** Builds the app: feeds, report, sources, health, metrics and the index page, with one error handler. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(createErrorHandler(deps.logger));
  app.notFound(handleNotFound);
  if (deps.metrics) {
    const metrics = deps.metrics;
    app.use('*', async (c, next) => {
      await next();
      const matched = routePath(c);
      const route = matched === '*' || matched === '/*' ? 'unmatched' : matched;
      metrics.recordHttp(route, c.res.status);
    });
  }
  app.route('/', homeRoutes(deps));
  app.route('/', feedRoutes(deps));
  app.route('/', reportRoutes(deps));
  app.route('/', healthRoutes(deps));
  app.route('/', metricsRoutes(deps));
  app.route('/', sourcesRoutes(deps));
  return app;
}
