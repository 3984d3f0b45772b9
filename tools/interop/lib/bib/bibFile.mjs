// A small, strict reader for .bib files: entries, keys, field names and raw field values with line numbers.
// It exists so the stage can check what LaTeX never prints (abstracts, URLs) and what Zotero reads,
// and so every problem can name the entry and line. It does not expand @string macros.

/**
 * @typedef {{ name: string, raw: string, kind: 'braced'|'quoted'|'bare', line: number }} BibField
 * @typedef {{ type: string, key: string, line: number, fields: BibField[] }} BibEntry
 * @typedef {{ entries: BibEntry[], problems: { line: number, key: string|null, message: string }[] }} BibFile
 */

/** @returns {BibFile} */
export function readBibText(text) {
  const entries = [];
  const problems = [];
  let pos = 0;
  let line = 1;

  const peek = () => text[pos];
  const advance = () => {
    if (text[pos] === '\n') line++;
    pos++;
  };
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos])) advance();
  };

  while (pos < text.length) {
    // Outside entries everything is a comment to BibTeX, up to the next '@'.
    if (peek() !== '@') {
      advance();
      continue;
    }
    const entryLine = line;
    advance();
    const typeMatch = /^[A-Za-z]+/.exec(text.slice(pos));
    if (!typeMatch) {
      problems.push({ line: entryLine, key: null, message: "'@' not followed by an entry type" });
      continue;
    }
    const type = typeMatch[0].toLowerCase();
    for (let i = 0; i < typeMatch[0].length; i++) advance();
    skipSpace();
    const open = peek();
    if (open !== '{' && open !== '(') {
      problems.push({ line: entryLine, key: null, message: `@${type} not followed by '{' or '('` });
      continue;
    }
    const close = open === '{' ? '}' : ')';
    advance();

    if (type === 'comment') {
      skipBalanced(close);
      continue;
    }
    if (type === 'preamble' || type === 'string') {
      const end = findEntryEnd(close);
      if (end < 0) {
        problems.push({ line: entryLine, key: null, message: `@${type} is never closed (unbalanced braces)` });
        break;
      }
      while (pos <= end) advance();
      continue;
    }

    skipSpace();
    const keyMatch = /^[^,\s{}()"#%'=]+/.exec(text.slice(pos));
    if (!keyMatch) {
      problems.push({ line: entryLine, key: null, message: `@${type} has no citation key` });
      const end = findEntryEnd(close);
      if (end < 0) break;
      while (pos <= end) advance();
      continue;
    }
    const key = keyMatch[0];
    for (let i = 0; i < key.length; i++) advance();
    const entry = { type, key, line: entryLine, fields: [] };
    entries.push(entry);

    const broken = readFields(entry, close);
    if (broken) {
      problems.push({ line: broken.line, key, message: broken.message });
      // Resynchronise at the next line that starts an entry, as BibTeX itself would skip ahead.
      const next = text.slice(pos).search(/\n@/);
      if (next < 0) break;
      for (let i = 0; i <= next; i++) advance();
    }
  }
  return { entries, problems };

  function skipBalanced(close) {
    let depth = 1;
    while (pos < text.length && depth > 0) {
      const c = peek();
      if (c === '{' || (close === ')' && c === '(')) depth++;
      else if (c === '}' || (close === ')' && c === ')')) depth--;
      advance();
    }
  }

  function findEntryEnd(close) {
    let depth = 1;
    // BibTeX counts every brace, escaped or not, so this does too.
    for (let i = pos; i < text.length; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (close === ')' && depth === 1 && c === ')') return i;
      if (depth === 0) return i;
    }
    return -1;
  }

  /** @returns {{line:number,message:string}|null} */
  function readFields(entry, close) {
    for (;;) {
      skipSpace();
      if (peek() === close) { advance(); return null; }
      if (peek() !== ',') return { line, message: `expected ',' or '${close}' after ${describeLast(entry)}` };
      advance();
      skipSpace();
      if (peek() === close) { advance(); return null; }
      const nameMatch = /^[A-Za-z][A-Za-z0-9_:.+-]*/.exec(text.slice(pos));
      if (!nameMatch) return { line, message: `expected a field name after ${describeLast(entry)}` };
      const fieldLine = line;
      const name = nameMatch[0].toLowerCase();
      for (let i = 0; i < nameMatch[0].length; i++) advance();
      skipSpace();
      if (peek() !== '=') return { line, message: `expected '=' after field '${name}'` };
      advance();
      const parts = [];
      let kind = 'bare';
      for (;;) {
        skipSpace();
        const c = peek();
        if (c === '{') {
          const start = pos + 1;
          const startLine = line;
          let depth = 0;
          do {
            if (peek() === '{') depth++;
            else if (peek() === '}') depth--;
            advance();
          } while (pos < text.length && depth > 0);
          if (depth > 0) return { line: startLine, message: `field '${name}' has an unbalanced '{' (never closed)` };
          parts.push(text.slice(start, pos - 1));
          kind = 'braced';
        } else if (c === '"') {
          advance();
          const start = pos;
          const startLine = line;
          let depth = 0;
          while (pos < text.length && !(peek() === '"' && depth === 0)) {
            if (peek() === '{') depth++;
            else if (peek() === '}') depth--;
            if (depth < 0) return { line, message: `field '${name}' has an unbalanced '}'` };
            advance();
          }
          if (pos >= text.length) return { line: startLine, message: `field '${name}' has an unterminated '"'` };
          parts.push(text.slice(start, pos));
          advance();
          kind = 'quoted';
        } else {
          const bare = /^[A-Za-z0-9_.:+-]+/.exec(text.slice(pos));
          if (!bare) return { line, message: `field '${name}' has no value` };
          parts.push(bare[0]);
          for (let i = 0; i < bare[0].length; i++) advance();
        }
        skipSpace();
        if (peek() === '#') { advance(); continue; }
        break;
      }
      const raw = parts.join('');
      entry.fields.push({ name, raw, kind, line: fieldLine });
    }
  }
}

function describeLast(entry) {
  const last = entry.fields[entry.fields.length - 1];
  return last ? `field '${last.name}'` : `key '${entry.key}'`;
}

/** The value of a field by (lower-case) name, or undefined. */
export function fieldValue(entry, name) {
  return entry.fields.find((f) => f.name === name)?.raw;
}
