#!/usr/bin/env node
// The feedfold command. TypeScript sources run through tsx's loader: no build step, nothing to go stale.
import { register } from 'tsx/esm/api';

// A reader that stops early (`feedfold sources list | head`) closes the pipe: end quietly, as Unix tools do on
// SIGPIPE, instead of crashing on the unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
