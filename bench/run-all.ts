// `npm run bench [name...]`: runs the benchmarks and writes each result to bench/results/<name>.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Bench = () => Promise<Record<string, unknown>>;

const benches: Record<string, { file: string; fn: string; output: string }> = {
  fetch: { file: './fetch-server.js', fn: 'runFetchBench', output: 'fetch' },
  parse: { file: './parse.js', fn: 'runParseBench', output: 'ingest' },
  ingest: { file: './ingest.js', fn: 'runIngestBench', output: 'ingest' },
  dedup: { file: './dedup.js', fn: 'runDedupBench', output: 'dedup' },
  serve: { file: './serve.js', fn: 'runServeBench', output: 'serve' },
  scale: { file: './scale.js', fn: 'runScaleBench', output: 'scale' },
};

const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(benches);
const unknown = names.filter((n) => !(n in benches));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')} (known: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}

const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, platform: process.platform };
const outputs = new Map<string, Record<string, unknown>>();
for (const name of names) {
  const spec = benches[name];
  const mod = (await import(spec.file)) as Record<string, Bench>;
  console.error(`bench: ${name}...`);
  const result = await mod[spec.fn]();
  console.log(`${name}: ${JSON.stringify(result, null, 2)}`);
  const out = outputs.get(spec.output) ?? {};
  out[name] = result;
  outputs.set(spec.output, out);
}
fs.mkdirSync(resultsDir, { recursive: true });
for (const [output, results] of outputs) {
  const file = path.join(resultsDir, `${output}.json`);
  // Several benchmarks share one file (parse + ingest): keep the parts this run did not redo.
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const doc = { ...previous, generatedAt: new Date().toISOString(), machine, ...results };
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(doc, null, 2) + '\n');
  fs.renameSync(`${file}.tmp`, file);
  console.error(`bench: wrote ${path.relative(process.cwd(), file)}`);
}
