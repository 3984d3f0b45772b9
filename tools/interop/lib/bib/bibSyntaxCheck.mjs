import { readFileSync } from 'node:fs';
import { readBibText } from './bibFile.mjs';
import { findNonAscii, findUnescapedSpecials, findUnprotectedMath, VERBATIM_FIELDS } from './specialCharacters.mjs';

/** Fields plain.bst and IEEEtran.bst pass through change.case$ (sentence case). */
const CASE_CHANGED_FIELDS = new Set(['title', 'chapter']);

/**
 * Static checks of a .bib file that no style run can see: it parses, keys are unique, braces balance,
 * special characters are escaped in every typeset field (also the ones plain.bst never prints),
 * and the classic flavour is pure 7-bit ASCII while the biblatex flavour is valid UTF-8.
 * @param {string} path
 * @param {'bibtex'|'biblatex'} flavour
 * @returns {{ problems: string[], summary: string, bib: import('./bibFile.mjs').BibFile|null }}
 */
export function checkBibSyntax(path, flavour) {
  const bytes = readFileSync(path);
  const problems = [];
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [`${path}: not valid UTF-8 (pdflatex would stop with "Invalid UTF-8 byte sequence")`], summary: '', bib: null };
  }
  if (text.charCodeAt(0) === 0xfeff) problems.push(`${path}: starts with a byte order mark (BibTeX reads it as text)`);

  const bib = readBibText(text);
  for (const p of bib.problems) problems.push(`line ${p.line}${p.key ? ` [${p.key}]` : ''}: ${p.message}`);
  if (bib.entries.length === 0) problems.push(`${path}: no entries`);

  const seen = new Map();
  for (const entry of bib.entries) {
    const first = seen.get(entry.key.toLowerCase());
    if (first) problems.push(`line ${entry.line} [${entry.key}]: repeated key (first at line ${first})`);
    else seen.set(entry.key.toLowerCase(), entry.line);
    if (flavour === 'bibtex') {
      const keyChars = findNonAscii(entry.key);
      if (keyChars.length) problems.push(`line ${entry.line} [${entry.key}]: key is not ASCII (${keyChars.join(', ')})`);
    }
    for (const field of entry.fields) {
      const where = `line ${field.line} [${entry.key}] ${field.name}`;
      if (flavour === 'bibtex') {
        const chars = findNonAscii(field.raw);
        if (chars.length) problems.push(`${where}: non-ASCII in the 7-bit flavour: ${chars.slice(0, 5).join(', ')}`);
      }
      if (VERBATIM_FIELDS.has(field.name)) {
        if (/\s/.test(field.raw.trim())) problems.push(`${where}: contains whitespace`);
        continue;
      }
      for (const p of findUnescapedSpecials(field.raw)) problems.push(`${where}: ${p}`);
      if (flavour === 'bibtex' && CASE_CHANGED_FIELDS.has(field.name)) {
        for (const p of findUnprotectedMath(field.raw)) problems.push(`${where}: ${p}`);
      }
    }
  }
  return { problems, summary: `${bib.entries.length} entries`, bib };
}
