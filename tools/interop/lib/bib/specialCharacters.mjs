// Finds characters that change meaning in LaTeX when they are not escaped: in a .bib field a raw '&' is an
// alignment tab ("Misplaced alignment tab character"), '%' comments out the rest of the .bbl line, '#' and '_'
// and '^' outside math stop pdflatex. Math ($...$) is checked for balance only.

/** Fields whose value is not typeset as text (printed through \url or not at all as LaTeX). */
export const VERBATIM_FIELDS = new Set(['url', 'doi', 'eprint', 'file', 'pdf', 'urldate']);

/**
 * @param {string} raw the field value as written between the braces
 * @returns {string[]} one message per problem, empty when the value is clean
 */
export function findUnescapedSpecials(raw) {
  const problems = [];
  let inMath = false;
  let mathStart = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      i++; // the escaped character (or the first letter of a command) is safe
      continue;
    }
    if (c === '$') {
      inMath = !inMath;
      mathStart = i;
      continue;
    }
    if (c === '&' || c === '%' || c === '#') {
      problems.push(`raw '${c}' at column ${i + 1} (write \\${c})`);
    } else if (!inMath && (c === '_' || c === '^')) {
      problems.push(`raw '${c}' outside math at column ${i + 1}`);
    }
  }
  if (inMath) problems.push(`unbalanced '$' (math opened at column ${mathStart + 1} never closes)`);
  return problems;
}

/** Non-ASCII characters of a value, for the 7-bit classic flavour. */
export function findNonAscii(raw) {
  const found = [];
  for (const ch of raw) {
    const code = ch.codePointAt(0);
    if (code > 0x7e || (code < 0x20 && ch !== '\n' && ch !== '\t' && ch !== '\r')) {
      found.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`);
    }
  }
  return found;
}

/**
 * Math at brace depth 0 of a title. plain.bst and IEEEtran.bst put titles through change.case$, which
 * lower-cases everything not inside braces, math included: $O(L)$ is typeset as $o(l)$, silently.
 */
export function findUnprotectedMath(raw) {
  const problems = [];
  let depth = 0;
  let inMath = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '$') {
      if (!inMath && depth === 0) {
        const end = raw.indexOf('$', i + 1);
        problems.push(`math ${raw.slice(i, end < 0 ? undefined : end + 1)} is not in braces: BibTeX styles lower-case it (write {$...$})`);
      }
      inMath = !inMath;
    }
  }
  return problems;
}
