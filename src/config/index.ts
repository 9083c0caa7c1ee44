// Config stage: schema, loading with overrides, and the generated reference.
export { loadConfig, resolveConfigFile, feedUrlKey, databaseTarget, BUNDLED_CONFIG_FILE } from './load.js';
export type { LoadConfigOptions, ConfigOverrides } from './load.js';
export { listConfigKeys, renderConfigReference } from './reference.js';
export type { ConfigKeyInfo } from './reference.js';
export { CONFIG_SCHEMA } from './schema.js';
export { hidePassword, isHttpUrl } from './keys.js';
export { VERSION, DEFAULT_USER_AGENT } from './version.js';
