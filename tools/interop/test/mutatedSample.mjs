import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllowList } from '../lib/allowList.mjs';
import { checkFolder } from '../lib/stage.mjs';

const HERE = dirname(dirname(fileURLToPath(import.meta.url)));
export const SAMPLE = join(HERE, 'samples', 'hard-cases');
const REPO = dirname(dirname(HERE));
export const SHARED = process.env.SNNBIB_SHARED ?? join(REPO, '..', 'shared');
const stageAllowRules = loadAllowList(join(HERE, 'allowed-warnings.json'));

/**
 * Copies the hard-case sample, applies edits ({ file: [from, to] } replaces text exactly once, or
 * { file: null } deletes the file), runs the stage (or only the named checks) on it and returns the results
 * by check name. allowRules defaults to the stage's own allowed-warnings.json.
 */
export function runOnMutatedSample(edits = {}, only = null, allowRules = stageAllowRules) {
  const dir = mkdtempSync(join(tmpdir(), 'snnbib-interop-test-'));
  try {
    cpSync(SAMPLE, dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(dir, file);
      if (edit === null) {
        unlinkSync(path);
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const [from, to] = edit;
      if (!text.includes(from)) throw new Error(`test edit: ${JSON.stringify(from)} not found in ${file}`);
      writeFileSync(path, text.replace(from, to));
    }
    const results = new Map();
    checkFolder(dir, { shared: SHARED, allowRules, only: only && new Set(only), emit: (r) => results.set(r.name, r) });
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The problems of one check joined, for assertions that name what must be reported. */
export function problemsOf(results, name) {
  const result = results.get(name);
  if (!result) throw new Error(`no result for ${name}; have ${[...results.keys()].join(', ')}`);
  return result.problems.join('\n');
}
