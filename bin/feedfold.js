#!/usr/bin/env node
// The feedfold command. TypeScript sources run through tsx's loader: no build step, nothing to go stale.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
