import { CheckResult } from '../checkResult.mjs';
import { BIBTEX_FIELDS, BIBTEX_FIELDS_ZOTERO_IGNORES, BIBTEX_TYPES } from './zoteroMaps.mjs';

/**
 * Zotero's BibTeX import: every entry type is one it maps, every field one it reads. The few fields BibTeX
 * styles need and Zotero ignores (BIBTEX_FIELDS_ZOTERO_IGNORES) are accepted and listed as notes.
 * @param {import('../bib/bibFile.mjs').BibEntry[]} entries
 */
export function checkZoteroBibtex(entries) {
  const result = new CheckResult('zotero/bibtex');
  const ignored = new Map();
  const types = {};
  for (const entry of entries) {
    const itemType = BIBTEX_TYPES[entry.type];
    types[`${entry.type}→${itemType ?? '?'}`] = (types[`${entry.type}→${itemType ?? '?'}`] ?? 0) + 1;
    if (!itemType) result.fail(`${entry.key} (line ${entry.line}): @${entry.type} is not an entry type Zotero maps`);
    for (const field of entry.fields) {
      if (BIBTEX_FIELDS.has(field.name)) continue;
      if (BIBTEX_FIELDS_ZOTERO_IGNORES.has(field.name)) {
        ignored.set(field.name, (ignored.get(field.name) ?? 0) + 1);
        continue;
      }
      result.fail(`${entry.key} (line ${field.line}): field '${field.name}' is not one Zotero's BibTeX importer reads`);
    }
    if (!entry.fields.some((f) => f.name === 'title')) result.fail(`${entry.key} (line ${entry.line}): no title`);
  }
  for (const [name, count] of ignored) {
    result.note(`${name} in ${count} entries: ${BIBTEX_FIELDS_ZOTERO_IGNORES.get(name)}; Zotero ignores it (docs/zotero-mapping.md)`);
  }
  result.summary = `${entries.length} entries (${Object.entries(types).map(([t, n]) => `${t} ${n}`).join(', ')})`;
  return result;
}
