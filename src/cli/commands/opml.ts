// `feedfold opml import FILE` adds the file's feeds as sources (skipping known URLs); `opml export` prints OPML 2.0.
import fs from 'node:fs';
import path from 'node:path';
import { isHttpUrl, loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { GLOBAL_OPTIONS, parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../command.js';
import { addSources, writeConfigFile, type NewSource } from '../edit-config.js';
import { EXIT } from '../exit-codes.js';
import { parseOpml, renderOpml } from '../opml.js';
import { loadRuntimeConfig, openRuntime } from '../runtime.js';
import { deriveSourceId, sameFeedUrl } from '../source-id.js';

const USAGE = `usage: feedfold opml import FILE [--config FILE] [--db FILE]
       feedfold opml export [--config FILE]

import  adds every feed of an OPML file to the config's sources (comments kept), skipping URLs already there
export  prints the configured sources as OPML 2.0 (roles kept in each outline's category)
`;

/** The `opml` command. */
export const command: Command = {
  name: 'opml',
  summary: 'import sources from an OPML file, or export them as OPML 2.0',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<number> {
    const { values, positionals } = parseCommandArgs('opml', ctx.args, GLOBAL_OPTIONS);
    if (values.help) {
      ctx.stdout.write(USAGE);
      return EXIT.OK;
    }
    const [action, file, ...extra] = positionals;
    if (action === 'export' && file === undefined) {
      const { config } = loadRuntimeConfig(ctx, values);
      ctx.stdout.write(renderOpml(config.topic.name, config.sources, Date.now()));
      return EXIT.OK;
    }
    if (action !== 'import' || file === undefined || extra.length > 0) throw new UsageError(`opml: expected "opml import FILE" or "opml export"\n${USAGE}`);
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(ctx.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(`opml: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const feeds = parseOpml(text);
    if (feeds.length === 0) throw new UsageError(`opml: ${file} lists no feeds (no <outline xmlUrl=...>)`);
    const { config, configPath } = loadRuntimeConfig(ctx, values);
    const known = [...config.sources];
    const taken = new Set(config.sources.map((s) => s.id));
    const added: NewSource[] = [];
    for (const feed of feeds) {
      if (!isHttpUrl(feed.url)) {
        ctx.stdout.write(`skipped ${feed.url}: not an http(s) URL\n`);
        continue;
      }
      const twin = [...known, ...added].find((s) => sameFeedUrl(s.url, feed.url));
      if (twin) {
        ctx.stdout.write(`skipped ${feed.url}: already source ${twin.id}\n`);
        continue;
      }
      const id = deriveSourceId(feed.title ?? feed.url, taken);
      taken.add(id);
      added.push({ id, url: feed.url, title: feed.title, role: feed.role, language: feed.language });
      ctx.stdout.write(`added ${id}: ${feed.url}\n`);
    }
    if (added.length > 0) {
      const next = addSources(fs.readFileSync(configPath, 'utf8'), added);
      writeConfigFile(configPath, next, (candidate) => loadConfig({ text: candidate, file: configPath, env: ctx.env, cwd: ctx.cwd }));
      // Opening the runtime syncs the new sources into the database.
      const runtime = await openRuntime(ctx, values);
      await runtime.store.close();
    }
    ctx.stdout.write(`${added.length} added, ${feeds.length - added.length} skipped; config: ${configPath}\n`);
    return EXIT.OK;
  },
};
