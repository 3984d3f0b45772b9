import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckResult } from '../checkResult.mjs';
import { applyAllowList } from '../allowList.mjs';
import { parseBibtexLog } from './bibtexLog.mjs';
import { entryAtBblLine, findCommentedOutText, parseTexLog } from './texLog.mjs';
import { PDFLATEX_ARGS, runTool } from './runTool.mjs';
import { citesFor, withWorkDir } from './workDir.mjs';

/**
 * Compiles a \nocite{*} document over refs.bib with pdflatex + bibtex and one .bst style, then reads the
 * .blg and the final .log: zero errors, every warning allow-listed, one bibliography item per entry.
 * @param {{ bibPath: string, entries: import('../bib/bibFile.mjs').BibEntry[], style: 'plain'|'ieeetran',
 *           templatePath: string, allowRules: import('../allowList.mjs').AllowRule[] }} input
 */
export function checkBibtexStyle({ bibPath, entries, style, templatePath, allowRules }) {
  const result = new CheckResult(`bibtex/${style}`);
  const tool = `bibtex/${style}`;
  const byKey = new Map(entries.map((e) => [e.key, e]));

  return withWorkDir(style, (dir) => {
    copyFileSync(bibPath, join(dir, 'refs.bib'));
    copyFileSync(templatePath, join(dir, 'main.tex'));
    writeFileSync(join(dir, 'cites.tex'), citesFor(entries.map((e) => e.key)));

    const runs = [
      runTool('pdflatex', [...PDFLATEX_ARGS, 'main.tex'], dir),
      runTool('bibtex', ['main'], dir),
      runTool('pdflatex', [...PDFLATEX_ARGS, 'main.tex'], dir),
      runTool('pdflatex', [...PDFLATEX_ARGS, 'main.tex'], dir),
    ];
    for (const run of runs.filter((r) => r.timedOut)) result.fail(`${run.command} timed out`);

    const blgPath = join(dir, 'main.blg');
    const blg = existsSync(blgPath) ? readFileSync(blgPath, 'utf8') : '';
    const bibtexRun = runs[1];
    const bibtexLog = parseBibtexLog(blg || bibtexRun.output);
    for (const e of bibtexLog.errors) result.fail(`bibtex error: ${e}`);
    if ((bibtexRun.status ?? 3) >= 2 && bibtexLog.errors.length === 0) {
      result.fail(`bibtex exited with ${bibtexRun.status}: ${lastLines(bibtexRun.output)}`);
    }

    const bblPath = join(dir, 'main.bbl');
    const bbl = existsSync(bblPath) ? readFileSync(bblPath, 'utf8') : '';
    const logPath = join(dir, 'main.log');
    const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
    const tex = parseTexLog(log);
    for (const e of tex.errors) {
      const entry = entryAtBblLine(bbl, e.line, e.context);
      result.fail(`pdflatex ${e.kind}${entry ? ` in entry ${entry}` : ''}: ${e.message}${e.context ? ` (at: ${e.context.trim().slice(-60)})` : ''}`);
    }
    if (runs[3].status !== 0 && tex.errors.length === 0) result.fail(`pdflatex exited with ${runs[3].status}: ${lastLines(runs[3].output)}`);

    for (const { entry, lost } of findCommentedOutText(bbl)) {
      result.fail(`raw % in the .bbl${entry ? ` (entry ${entry})` : ''}: LaTeX silently drops ${JSON.stringify(lost.slice(0, 60))}`);
    }

    const warnings = [...bibtexLog.warnings, ...tex.warnings];
    const { accepted, rejected } = applyAllowList(warnings, tool, allowRules, byKey);
    for (const w of rejected) result.fail(`warning (${w.kind})${w.key ? ` [${w.key}]` : ''}: ${w.message}`);
    for (const a of accepted) result.note(`allowed: ${a.warning.message} — ${a.reason}`);

    const items = [...bbl.matchAll(/\\bibitem(?:\[[^\]]*\])?\{([^}]+)\}/g)].map((m) => m[1]);
    const itemSet = new Set(items);
    const missing = entries.filter((e) => !itemSet.has(e.key)).map((e) => e.key);
    if (missing.length) result.fail(`${missing.length} entries missing from the bibliography: ${missing.slice(0, 10).join(', ')}`);

    result.summary = `${items.length}/${entries.length} entries typeset, ${rejected.length} warnings, ${accepted.length} allowed, ${tex.badBoxes} bad boxes (not checked)`;
    return result;
  });
}

function lastLines(text) {
  return text.trim().split('\n').slice(-3).join(' | ');
}
