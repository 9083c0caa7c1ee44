// The running feedfold version, read once from package.json, and the User-Agent built from it.
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** feedfold's version (package.json). */
export const VERSION: string = pkg.version;

/** The default User-Agent: names the tool, its version and where to learn about it. */
export const DEFAULT_USER_AGENT = `feedfold/${VERSION} (+https://github.com/feedfold/feedfold)`;
