// Reads RIS the way Zotero's RIS importer does: a tag line is "XX  - value" (two capitals/digits, one or two
// spaces, a hyphen); a line that is not a tag line continues the previous value; TY opens and ER closes a
// record. Unlike Zotero, it reports every deviation instead of forgiving it.

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

/**
 * @typedef {{ tag: string, value: string, line: number, continuedLines: number }} RisField
 * @typedef {{ line: number, fields: RisField[], closed: boolean }} RisRecord
 * @returns {{ records: RisRecord[], problems: string[] }}
 */
export function readRis(text) {
  const records = [];
  const problems = [];
  let current = null;
  let lastField = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/\s+$/, '');
    const m = TAG_LINE.exec(line);
    if (!m) {
      if (lastField && current) {
        lastField.value += `\n${line}`;
        lastField.continuedLines++;
      } else if (line.trim()) {
        problems.push(`line ${lineNo}: text outside any record: ${JSON.stringify(line.slice(0, 60))}`);
      }
      return;
    }
    const [, tag, value = ''] = m;
    if (tag === 'TY') {
      if (current && !current.closed) problems.push(`line ${current.line}: record is not closed by ER before the next TY (line ${lineNo})`);
      current = { line: lineNo, fields: [], closed: false };
      records.push(current);
      lastField = { tag, value: value.trim(), line: lineNo, continuedLines: 0 };
      current.fields.push(lastField);
      return;
    }
    if (!current || current.closed) {
      problems.push(`line ${lineNo}: ${tag} outside a record (no TY before it)`);
      lastField = null;
      return;
    }
    if (tag === 'ER') {
      current.closed = true;
      lastField = null;
      return;
    }
    lastField = { tag, value: value.trim(), line: lineNo, continuedLines: 0 };
    current.fields.push(lastField);
  });
  if (current && !current.closed) problems.push(`line ${current.line}: last record is not closed by ER`);
  for (const record of records) {
    // Blank lines between records end up as continuation of the last field of the previous record only if ER
    // was missing; trailing newlines inside a value are not content.
    for (const field of record.fields) field.value = field.value.replace(/\n+$/, '');
  }
  return { records, problems };
}

export function values(record, tag) {
  return record.fields.filter((f) => f.tag === tag).map((f) => f.value);
}
