// The interop stage: for each input folder (refs.bib, refs-biblatex.bib, refs.ris, refs.json — the four
// exports of the same records) run every consumer check, print one verdict per check, and end with
// "interop: N passed, N failed". Exit status 1 when any check failed, 2 on a usage error.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllowList } from './allowList.mjs';
import { CheckResult } from './checkResult.mjs';
import { checkBibSyntax } from './bib/bibSyntaxCheck.mjs';
import { readCslJson } from './csl/cslInput.mjs';
import { checkCslSchema } from './csl/schemaCheck.mjs';
import { checkCiteproc } from './csl/citeprocCheck.mjs';
import { checkRoundTrip } from './roundtrip/roundTripCheck.mjs';
import { checkBibtexStyle } from './tex/bibtexStyleCheck.mjs';
import { checkBiber } from './tex/biberCheck.mjs';
import { checkZoteroRis } from './zotero/risRulesCheck.mjs';
import { checkZoteroCslJson } from './zotero/cslRulesCheck.mjs';
import { checkZoteroBibtex } from './zotero/bibtexRulesCheck.mjs';

const HERE = dirname(dirname(fileURLToPath(import.meta.url)));
export const INPUT_FILES = ['refs.bib', 'refs-biblatex.bib', 'refs.ris', 'refs.json'];
const DEPENDED_ON = new Set(['bibtex/syntax', 'biblatex/syntax', 'csljson/schema']);

/** Runs every check on one folder; `emit` gets each result as soon as it is known. */
export function checkFolder(dir, { shared, allowRules, emit, only = null }) {
  const file = (name) => join(dir, name);
  const missing = INPUT_FILES.filter((name) => !existsSync(file(name)) || !statSync(file(name)).isFile() || statSync(file(name)).size === 0);
  if (missing.length) {
    emit(new CheckResult('inputs').fail(`missing or empty: ${missing.join(', ')} (each folder needs ${INPUT_FILES.join(', ')})`));
    return;
  }

  const run = (name, fn) => {
    // Tests run a subset; results that later checks depend on (parsed files) are still computed.
    if (only && !only.has(name) && !DEPENDED_ON.has(name)) return null;
    let result;
    const started = process.hrtime.bigint();
    try {
      result = fn();
    } catch (e) {
      result = new CheckResult(name).fail(`could not run: ${e.message.split("\n")[0]}`);
    }
    result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (!only || only.has(name)) emit(result);
    return result;
  };

  let bib = null;
  run('bibtex/syntax', () => {
    const s = checkBibSyntax(file('refs.bib'), 'bibtex');
    bib = s.bib;
    const result = new CheckResult('bibtex/syntax');
    s.problems.forEach((p) => result.fail(p));
    result.summary = `${s.summary}, 7-bit ASCII, escaped specials, protected math`;
    return result;
  });
  for (const style of ['plain', 'ieeetran']) {
    run(`bibtex/${style}`, () => {
      if (!bib) throw new Error('refs.bib did not parse');
      return checkBibtexStyle({ bibPath: file('refs.bib'), entries: bib.entries, style, templatePath: join(HERE, 'latex', `bibtex-${style}.tex`), allowRules });
    });
  }

  let biblatex = null;
  run('biblatex/syntax', () => {
    const s = checkBibSyntax(file('refs-biblatex.bib'), 'biblatex');
    biblatex = s.bib;
    const result = new CheckResult('biblatex/syntax');
    s.problems.forEach((p) => result.fail(p));
    result.summary = `${s.summary}, UTF-8, escaped specials`;
    return result;
  });
  run('biblatex/biber', () => {
    if (!biblatex) throw new Error('refs-biblatex.bib did not parse');
    return checkBiber({ bibPath: file('refs-biblatex.bib'), entries: biblatex.entries, templatePath: join(HERE, 'latex', 'biblatex.tex'), allowRules });
  });

  let items = null;
  run('csljson/schema', () => {
    items = readCslJson(file('refs.json'));
    return checkCslSchema(items, join(shared, 'schemas', 'csl-data.json'));
  });
  for (const styleName of ['apa', 'ieee']) {
    run(`csljson/citeproc-${styleName}`, () => {
      if (!Array.isArray(items)) throw new Error('refs.json is not a JSON array');
      return checkCiteproc(items, {
        stylePath: join(shared, 'schemas', `${styleName}.csl`),
        localePath: join(shared, 'schemas', 'locales-en-US.xml'),
        styleName,
      });
    });
  }

  run('roundtrip/citation-js', () => checkRoundTrip({ bibPath: file('refs.bib'), risPath: file('refs.ris'), jsonPath: file('refs.json') }));

  run('zotero/ris', () => checkZoteroRis(file('refs.ris'), Array.isArray(items) ? items : null));
  run('zotero/csljson', () => {
    if (items === null) throw new Error('refs.json did not parse');
    return checkZoteroCslJson(items, bib?.entries ?? null);
  });
  run('zotero/bibtex', () => {
    if (!bib) throw new Error('refs.bib did not parse');
    return checkZoteroBibtex(bib.entries);
  });
}

function main(argv) {
  const args = [...argv];
  let shared = null;
  const dirs = [];
  while (args.length) {
    const a = args.shift();
    if (a === '--shared') shared = args.shift();
    else dirs.push(a);
  }
  if (!shared || dirs.length === 0) {
    process.stderr.write('usage: node lib/stage.mjs --shared SHARED_DIR DIR...\n');
    return 2;
  }
  const started = process.hrtime.bigint();
  const allowRules = loadAllowList(join(HERE, 'allowed-warnings.json'));
  let passed = 0;
  let failed = 0;
  for (const dir of dirs) {
    const label = `[${dir}]`;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      failed++;
      console.log(new CheckResult('inputs').fail(`${dir} is not a folder`).render(label));
      continue;
    }
    checkFolder(resolve(dir), {
      shared,
      allowRules,
      emit: (result) => {
        if (result.ok) passed++;
        else failed++;
        console.log(result.render(label));
      },
    });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`interop: stage took ${seconds.toFixed(1)} s for ${dirs.length} input folder(s)`);
  console.log(`interop: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
