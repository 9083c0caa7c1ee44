// The long-running service: startService wires config, store, scheduler, HTTP server, signals and reloads.
export { startService, type ReloadResult, type Service, type ServiceOptions } from './start-service.js';
export { planReload, type ReloadPlan } from './plan-reload.js';
export { createSchedulerSources } from './scheduler-sources.js';
export { watchConfigFile, type WatchConfigOptions } from './watch-config.js';
