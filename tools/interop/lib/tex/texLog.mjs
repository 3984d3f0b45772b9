// Reads a pdflatex .log (written with max_print_line=10000, so messages are not wrapped) into errors,
// warnings and a count of bad boxes. Warnings get a stable `kind` so the allow-list can match them.

/**
 * @typedef {{ kind: string, message: string, line: number|null, context: string }} TexError
 * @typedef {{ kind: string, key: string|null, message: string }} TexWarning
 */

const ERROR_KINDS = [
  [/Invalid UTF-8/i, 'invalid UTF-8'],
  [/Misplaced alignment tab character/, 'misplaced alignment tab (raw &)'],
  [/Missing \$ inserted/, 'missing $ (math character outside math)'],
  [/Undefined control sequence/, 'undefined control sequence'],
  [/File ended while scanning/, 'runaway argument'],
  [/Paragraph ended before/, 'runaway argument'],
  [/Unicode character .* not set up for use with LaTeX/, 'unicode character not set up'],
  [/Extra \}, or forgotten/, 'unbalanced braces'],
  [/Missing \} inserted/, 'unbalanced braces'],
];

/** @returns {{ errors: TexError[], warnings: TexWarning[], badBoxes: number }} */
export function parseTexLog(text) {
  const lines = text.split(/\r?\n/);
  const errors = [];
  const warnings = [];
  let badBoxes = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('Runaway argument?')) {
      errors.push({ kind: 'runaway argument', message: `Runaway argument? ${lines[i + 1] ?? ''}`.trim(), line: null, context: '' });
      continue;
    }
    if (line.startsWith('! ')) {
      const message = line.slice(2).trim();
      const at = findContext(lines, i);
      // A runaway argument is reported twice (the "Runaway argument?" block and its "!" line): keep one.
      const kind = ERROR_KINDS.find(([re]) => re.test(message))?.[1] ?? 'error';
      const previous = errors[errors.length - 1];
      if (kind === 'runaway argument' && previous?.kind === 'runaway argument' && previous.line === null) {
        previous.message += ` / ${message}`;
        previous.line = at.line;
        previous.context = at.context;
        continue;
      }
      errors.push({ kind, message, line: at.line, context: at.context });
      continue;
    }
    if (/^(Overfull|Underfull) \\[hv]box/.test(line)) {
      badBoxes++;
      continue;
    }
    if (line.startsWith('Missing character: ')) {
      warnings.push({ kind: 'missing character', key: null, message: line.trim() });
      continue;
    }
    const w = /^(?:LaTeX|LaTeX Font|Package (\S+)|Class (\S+)) Warning: (.*)$/.exec(line);
    if (w) {
      const source = w[1] ?? w[2] ?? 'LaTeX';
      let message = w[3];
      // Packages continue a warning on lines that start with "(name)" padded with spaces.
      while (i + 1 < lines.length && /^\([^)]+\)\s{2,}/.test(lines[i + 1])) {
        i++;
        message += ` ${lines[i].replace(/^\([^)]+\)\s+/, '')}`;
      }
      warnings.push(classifyWarning(source, message.trim()));
    }
  }
  return { errors, warnings, badBoxes };
}

function classifyWarning(source, message) {
  let m = /^Citation [`'](.+?)' (?:on page \d+ )?undefined/.exec(message);
  if (m) return { kind: 'undefined citation', key: m[1], message };
  if (/There were undefined references/.test(message)) return { kind: 'undefined references', key: null, message };
  if (/Rerun to get|may have changed|Please \(re\)run|Please rerun/i.test(message)) return { kind: 'rerun needed', key: null, message };
  if (/Empty [`']thebibliography' environment/.test(message)) return { kind: 'empty bibliography', key: null, message };
  m = /^Font shape/.exec(message);
  if (m) return { kind: 'font substitution', key: null, message };
  return { kind: `${source.toLowerCase()} warning`, key: null, message };
}

/** The "l.NN text" line TeX prints after an error, within the next few lines. */
function findContext(lines, from) {
  for (let j = from + 1; j < Math.min(lines.length, from + 8); j++) {
    const m = /^l\.(\d+) (.*)$/.exec(lines[j]);
    if (m) return { line: Number(m[1]), context: m[2] };
  }
  return { line: null, context: '' };
}

/**
 * Names the bibliography entry an error is in: the last \bibitem (or biblatex \entry) at or before the
 * error's line, when the error's context text is really on that line of the .bbl.
 */
export function entryAtBblLine(bblText, line, context) {
  if (!bblText || !line) return null;
  const lines = bblText.split(/\r?\n/);
  const probe = context.trim().slice(-20);
  if (!probe || !(lines[line - 1] ?? '').includes(probe)) return null;
  for (let j = line - 1; j >= 0; j--) {
    const m = /\\bibitem(?:\[[^\]]*\])?\{([^}]+)\}/.exec(lines[j]) ?? /\\entry\{([^}]+)\}/.exec(lines[j]);
    if (m) return m[1];
  }
  return null;
}

/**
 * Text the .bbl silently drops: a '%' that is not escaped comments out the rest of its line, and LaTeX says
 * nothing. Leading comment lines (style banners) and \url{...} arguments (read verbatim) are not text.
 * @returns {{ entry: string|null, lost: string }[]}
 */
export function findCommentedOutText(bblText) {
  const found = [];
  let entry = null;
  for (const line of bblText.split(/\r?\n/)) {
    const item = /\\bibitem(?:\[[^\]]*\])?\{([^}]+)\}/.exec(line) ?? /\\entry\{([^}]+)\}/.exec(line);
    if (item) entry = item[1];
    if (/^\s*%/.test(line)) continue;
    const text = line.replace(/\\url\{[^}]*\}/g, '');
    const m = /(?:^|[^\\])(?:\\\\)*%(.*)$/.exec(text);
    if (m && m[1].trim()) found.push({ entry, lost: m[1].trim() });
  }
  return found;
}
