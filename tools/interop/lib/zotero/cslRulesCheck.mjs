import { CheckResult } from '../checkResult.mjs';
import { itemLabel } from '../csl/cslInput.mjs';
import { CSL_JSON_TYPES } from './zoteroMaps.mjs';

/**
 * Zotero's CSL JSON import: the file is detected as CSL JSON only when every item's type is one Zotero knows;
 * `citation-key` becomes the item's citation key, so every item needs one, unique, and equal to the key the
 * .bib export uses for the same record (the key the author \cite's). A preprint must be type "article", the
 * only type that yields a Zotero preprint.
 * @param {object[]} items refs.json
 * @param {import('../bib/bibFile.mjs').BibEntry[]|null} bibEntries refs.bib, when it parsed
 */
export function checkZoteroCslJson(items, bibEntries) {
  const result = new CheckResult('zotero/csljson');
  if (!Array.isArray(items)) return result.fail('refs.json is not an array (Zotero expects an array of items)');

  const keys = new Map();
  items.forEach((item, index) => {
    const label = itemLabel(item, index);
    if (!CSL_JSON_TYPES.has(item?.type)) result.fail(`${label}: type ${JSON.stringify(item?.type)} is not one Zotero's CSL JSON importer detects (the whole file would be refused)`);
    const key = item?.['citation-key'];
    if (typeof key !== 'string' || !key.trim()) {
      result.fail(`${label}: no citation-key (Zotero would not keep a citation key)`);
      return;
    }
    if (/\s/.test(key)) result.fail(`${label}: citation-key ${JSON.stringify(key)} contains whitespace`);
    if (keys.has(key)) result.fail(`${label}: citation-key ${key} repeats item #${keys.get(key) + 1}`);
    else keys.set(key, index);
  });

  if (bibEntries) {
    const bibKeys = new Map(bibEntries.map((e) => [e.key, e]));
    for (const [key] of keys) {
      const entry = bibKeys.get(key);
      if (!entry) {
        result.fail(`citation-key ${key} has no entry in refs.bib (the \\cite key and the Zotero key must be the same)`);
        continue;
      }
      const item = items[keys.get(key)];
      const preprintInBib = entry.type === 'misc' && entry.fields.some((f) => f.name === 'eprint')
        && !entry.fields.some((f) => ['journal', 'booktitle'].includes(f.name))
        // A conference or journal paper known only from the list is @misc (no authors yet) with its venue in
        // howpublished: it is not a preprint, whatever eprint it also carries.
        && !entry.fields.some((f) => f.name === 'howpublished' && !/^arxiv/i.test(f.raw.trim()));
      if (preprintInBib && item.type !== 'article') {
        result.fail(`${key}: a preprint in refs.bib (@misc with eprint) but CSL type ${item.type}; only "article" becomes a Zotero preprint`);
      }
    }
    for (const [key] of bibKeys) if (!keys.has(key)) result.fail(`refs.bib key ${key} has no CSL-JSON item with that citation-key`);
  }
  result.summary = `${items.length} items, ${keys.size} citation keys${bibEntries ? ' matching refs.bib' : ''}`;
  return result;
}
