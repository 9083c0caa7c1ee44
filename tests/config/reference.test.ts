import { describe, it, expect } from 'vitest';
import { listConfigKeys, renderConfigReference } from '../../src/config/index.js';

describe('config reference', () => {
  it('lists every key with a type, a default and a rule', () => {
    const keys = listConfigKeys();
    expect(keys.length).toBeGreaterThan(40);
    for (const info of keys) {
      expect(info.type, info.key).not.toBe('');
      expect(info.default, info.key).not.toBe('');
      expect(info.rule, info.key).toMatch(/^must /);
      expect(info.doc, info.key).not.toBe('');
    }
  });

  it.each([
    ['fetch.timeoutMs', 'integer', '20000'],
    ['sources[].id', 'string', 'required'],
    ['sources[].title', 'string', 'same as id'],
    ['server.baseUrl', 'string', '"http://127.0.0.1:8080"'],
    ['schedule.cron', 'string', '"*/10 * * * *"'],
    ['dedup.thresholds', 'map of name → number', '{}'],
  ])('describes %s', (key, type, shown) => {
    expect(listConfigKeys().find((k) => k.key === key)).toMatchObject({ type, default: shown });
  });

  it('renders markdown tables with escaped cells and the environment rules', () => {
    const md = renderConfigReference();
    expect(md).toContain('| `fetch.timeoutMs` | integer | `20000` | must be an integer from 1000 to 300000 |');
    expect(md).toContain('`original` \\| `copier` \\| `unknown`');
    expect(md).toContain('`FEEDFOLD_DB` → `database.path`');
  });
});
