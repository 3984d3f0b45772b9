import { CheckResult } from '../checkResult.mjs';
import { comparableDoi, comparableTitle, familyNames, issuedYear } from './comparable.mjs';
import { parseWithCitationJs } from './parseWithCitationJs.mjs';

/**
 * Parses refs.bib, refs.ris and refs.json with citation-js and demands, for every paper, the same title,
 * number of authors, family names, year and DOI in all three. CSL-JSON is the reference; BibTeX records are
 * matched by citation key, RIS records (Zotero drops the ID tag, so keys are not relied on) by ID when
 * present, else by exact title, else by position.
 */
export function checkRoundTrip({ bibPath, risPath, jsonPath }) {
  const result = new CheckResult('roundtrip/citation-js');
  const parsed = {};
  for (const [format, path] of [['csljson', jsonPath], ['bibtex', bibPath], ['ris', risPath]]) {
    try {
      parsed[format] = parseWithCitationJs(path, format);
    } catch (e) {
      result.fail(`citation-js could not parse ${path}: ${e.message.split('\n')[0]}`);
    }
  }
  if (!result.ok) return result;
  const { csljson, bibtex, ris } = parsed;

  for (const [format, list] of [['BibTeX', bibtex], ['RIS', ris]]) {
    if (list.length !== csljson.length) result.fail(`${format} has ${list.length} records, CSL-JSON has ${csljson.length}`);
  }

  const bibByKey = new Map(bibtex.map((item) => [item['citation-key'] ?? item.id, item]));
  const risMatch = matchRis(csljson, ris);
  let same = 0;
  csljson.forEach((reference, index) => {
    const key = reference['citation-key'] ?? reference.id;
    const label = `${key ?? `#${index + 1}`}`;
    const bib = bibByKey.get(key);
    if (!bib) result.fail(`${label}: no BibTeX entry with this key`);
    const risItem = risMatch[index];
    if (!risItem) result.fail(`${label}: no RIS record found (by ID, title or position)`);
    const before = result.problems.length;
    for (const [format, other] of [['BibTeX', bib], ['RIS', risItem]]) {
      if (other) for (const diff of differences(reference, other)) result.fail(`${label}: ${format} ${diff}`);
    }
    if (bib && risItem && result.problems.length === before) same++;
  });
  result.summary = `${same}/${csljson.length} papers identical in title, authors, year and DOI across BibTeX, RIS and CSL-JSON`;
  return result;
}

function matchRis(references, risItems) {
  const used = new Set();
  const take = (i) => { used.add(i); return risItems[i]; };
  return references.map((reference, index) => {
    const key = reference['citation-key'] ?? reference.id;
    let i = risItems.findIndex((r, j) => !used.has(j) && r.id === key);
    if (i >= 0) return take(i);
    const title = comparableTitle(reference.title);
    i = risItems.findIndex((r, j) => !used.has(j) && title && comparableTitle(r.title) === title);
    if (i >= 0) return take(i);
    return index < risItems.length && !used.has(index) ? take(index) : undefined;
  });
}

/** Per-field differences, each precise enough to fix the exporter from. */
export function differences(reference, other) {
  const diffs = [];
  const t1 = comparableTitle(reference.title);
  const t2 = comparableTitle(other.title);
  if (t1 !== t2) diffs.push(`title differs: ${JSON.stringify(t2)} (CSL-JSON: ${JSON.stringify(t1)})`);
  const f1 = familyNames(reference);
  const f2 = familyNames(other);
  if (f1.length !== f2.length) diffs.push(`has ${f2.length} authors, CSL-JSON has ${f1.length}`);
  const firstDiff = f1.findIndex((f, i) => i < f2.length && f !== f2[i]);
  if (firstDiff >= 0) diffs.push(`author ${firstDiff + 1} family name ${JSON.stringify(f2[firstDiff])} (CSL-JSON: ${JSON.stringify(f1[firstDiff])})`);
  const y1 = issuedYear(reference);
  const y2 = issuedYear(other);
  if (y1 !== y2) diffs.push(`year ${y2 ?? 'missing'} (CSL-JSON: ${y1 ?? 'missing'})`);
  const d1 = comparableDoi(reference.DOI);
  const d2 = comparableDoi(other.DOI);
  if (d1 !== d2) diffs.push(`DOI ${d2 ?? 'missing'} (CSL-JSON: ${d1 ?? 'missing'})`);
  return diffs;
}
