// The server's one error handler: HttpError renders its status and message; anything else is a logged 500.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError } from '../errors.js';
import type { Logger } from '../observe/logger.js';

/** Renders an error as JSON (for .json paths and JSON-preferring clients) or as plain text. */
export function renderError(c: Context, status: number, code: string, message: string): Response {
  const accept = c.req.header('Accept') ?? '';
  const wantsJson = c.req.path.endsWith('.json') || /application\/(feed\+)?json/i.test(accept);
  c.header('Cache-Control', 'no-store');
  const code_ = status as ContentfulStatusCode;
  return wantsJson ? c.json({ error: { code, message } }, code_) : c.text(`${status} ${message}\n`, code_);
}

/** Builds the `app.onError` handler. */
export function createErrorHandler(logger?: Logger): (error: Error, c: Context) => Response {
  return (error, c) => {
    if (error instanceof HttpError) return renderError(c, error.status, error.code, error.message);
    logger?.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    return renderError(c, 500, 'HTTP_500', 'internal error; the details are in the service log');
  };
}

/** The `app.notFound` handler. */
export function handleNotFound(c: Context): Response {
  return renderError(c, 404, 'HTTP_404', `no such page: ${c.req.path}`);
}
