// Opens what most commands need: the validated config and the store, with the config's sources synced into it.
import { databaseTarget, loadConfig, resolveConfigFile } from '../config/index.js';
import type { Config } from '../model.js';
import { openStore, type Store } from '../store/index.js';
import { databaseOverride, type GlobalFlags } from './args.js';
import type { CommandContext } from './command.js';

/** An open config + store. Close the store when done. */
export interface Runtime {
  config: Config;
  store: Store;
  configPath: string;
}

/** Options beyond the flags. */
export interface OpenRuntimeOptions {
  /** Clock for the sync (default Date.now: the command line is the program's edge). */
  now?: () => number;
  /** Skip syncing config sources into the database (read-only commands on a shared file). */
  sync?: boolean;
}

/** Loads the config (--config, FEEDFOLD_*, --db), opens the store and syncs the config's sources into it. */
export function loadRuntimeConfig(ctx: Pick<CommandContext, 'env' | 'cwd'>, flags: GlobalFlags): { config: Config; configPath: string } {
  const options = { file: flags.config, env: ctx.env, cwd: ctx.cwd, overrides: flags.db ? { database: databaseOverride(flags.db) } : undefined };
  return { configPath: resolveConfigFile(options), config: loadConfig(options) };
}

/** Loads config and opens the store; throws ConfigError or StoreError (main maps them to exit codes). */
export async function openRuntime(ctx: Pick<CommandContext, 'env' | 'cwd'>, flags: GlobalFlags, options: OpenRuntimeOptions = {}): Promise<Runtime> {
  const { config, configPath } = loadRuntimeConfig(ctx, flags);
  const now = options.now ?? Date.now;
  const store = await openStore(databaseTarget(config), { now });
  try {
    if (options.sync ?? true) await store.sources.sync(config.sources, now());
  } catch (error) {
    await store.close();
    throw error;
  }
  return { config, store, configPath };
}

/** Opens the runtime, runs `use` with it, and closes the store afterwards, whether `use` returned or threw. */
export async function withRuntime<T>(
  ctx: Pick<CommandContext, 'env' | 'cwd'>,
  flags: GlobalFlags,
  use: (runtime: Runtime) => T | Promise<T>,
  options: OpenRuntimeOptions = {},
): Promise<T> {
  const runtime = await openRuntime(ctx, flags, options);
  try {
    return await use(runtime);
  } finally {
    await runtime.store.close();
  }
}
