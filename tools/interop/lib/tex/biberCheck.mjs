import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckResult } from '../checkResult.mjs';
import { applyAllowList } from '../allowList.mjs';
import { parseBiberLog } from './biberLog.mjs';
import { entryAtBblLine, parseTexLog } from './texLog.mjs';
import { PDFLATEX_ARGS, runTool } from './runTool.mjs';
import { citesFor, withWorkDir } from './workDir.mjs';

/**
 * The biblatex export through biber --validate-datamodel and back through pdflatex: zero biber errors,
 * zero datamodel warnings, no LaTeX errors, every other warning allow-listed, every entry typeset.
 */
export function checkBiber({ bibPath, entries, templatePath, allowRules }) {
  const result = new CheckResult('biblatex/biber');
  const byKey = new Map(entries.map((e) => [e.key, e]));

  return withWorkDir('biber', (dir) => {
    copyFileSync(bibPath, join(dir, 'refs-biblatex.bib'));
    copyFileSync(templatePath, join(dir, 'main.tex'));
    writeFileSync(join(dir, 'cites.tex'), citesFor(entries.map((e) => e.key)));

    const runs = [
      runTool('pdflatex', [...PDFLATEX_ARGS, 'main.tex'], dir),
      runTool('biber', ['--validate-datamodel', 'main'], dir),
      runTool('pdflatex', [...PDFLATEX_ARGS, 'main.tex'], dir),
      runTool('pdflatex', [...PDFLATEX_ARGS, 'main.tex'], dir),
    ];
    for (const run of runs.filter((r) => r.timedOut)) result.fail(`${run.command} timed out`);

    const blgPath = join(dir, 'main.blg');
    const biber = parseBiberLog(existsSync(blgPath) ? readFileSync(blgPath, 'utf8') : runs[1].output);
    for (const e of biber.errors) result.fail(`biber error: ${e}`);
    for (const d of biber.datamodel) result.fail(`biber ${d}`);
    if (runs[1].status !== 0 && biber.errors.length === 0) {
      result.fail(`biber exited with ${runs[1].status}: ${runs[1].output.trim().split('\n').slice(-3).join(' | ')}`);
    }

    const bblPath = join(dir, 'main.bbl');
    const bbl = existsSync(bblPath) ? readFileSync(bblPath, 'utf8') : '';
    const logPath = join(dir, 'main.log');
    const tex = parseTexLog(existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
    for (const e of tex.errors) {
      const entry = entryAtBblLine(bbl, e.line, e.context);
      result.fail(`pdflatex ${e.kind}${entry ? ` in entry ${entry}` : ''}: ${e.message}`);
    }
    if (runs[3].status !== 0 && tex.errors.length === 0) result.fail(`pdflatex exited with ${runs[3].status}`);

    const { accepted, rejected } = applyAllowList([...biber.warnings, ...tex.warnings], 'biblatex/biber', allowRules, byKey);
    for (const w of rejected) result.fail(`warning (${w.kind})${w.key ? ` [${w.key}]` : ''}: ${w.message}`);
    for (const a of accepted) result.note(`allowed: ${a.warning.message} — ${a.reason}`);

    const typeset = new Set([...bbl.matchAll(/\\entry\{([^}]+)\}/g)].map((m) => m[1]));
    const missing = entries.filter((e) => !typeset.has(e.key)).map((e) => e.key);
    if (missing.length) result.fail(`${missing.length} entries missing from biber's output: ${missing.slice(0, 10).join(', ')}`);

    result.summary = `${typeset.size}/${entries.length} entries, ${biber.datamodel.length} datamodel warnings, ${rejected.length} other warnings, ${accepted.length} allowed`;
    return result;
  });
}
