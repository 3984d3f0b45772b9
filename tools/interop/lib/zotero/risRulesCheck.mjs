import { readFileSync } from 'node:fs';
import { CheckResult } from '../checkResult.mjs';
import { readRis, values } from '../ris/risReader.mjs';
import { comparableTitle } from '../roundtrip/comparable.mjs';
import {
  RIS_CONTAINER_TAGS, RIS_DATE, RIS_DEFAULTED_TYPES, RIS_MULTILINE_TAGS, RIS_TAGS, RIS_TYPES, RIS_TYPES_FOR_CSL,
} from './zoteroMaps.mjs';

/**
 * Zotero's RIS import rules that can be checked without Zotero: records open with TY and close with ER, every
 * TY and tag is one Zotero maps, one AU per author split the way Zotero splits it ("Family, Given" at the
 * first comma), dates in Zotero's YYYY/MM/DD form with DA beside PY, a bare DOI, a container tag Zotero reads
 * for the type. Where refs.json has the same record, the RIS type, authors and container must agree with it.
 */
export function checkZoteroRis(risPath, cslItems) {
  const result = new CheckResult('zotero/ris');
  const { records, problems } = readRis(readFileSync(risPath, 'utf8'));
  for (const p of problems) result.fail(p);

  const cslByTitle = new Map((cslItems ?? []).map((item) => [comparableTitle(item.title), item]));
  const typeCounts = {};
  records.forEach((record, index) => {
    const ty = values(record, 'TY')[0] ?? '';
    const title = values(record, 'TI')[0] ?? values(record, 'T1')[0] ?? '';
    const label = `record ${index + 1} (line ${record.line}${title ? `, "${title.slice(0, 40)}"` : ''})`;
    typeCounts[ty] = (typeCounts[ty] ?? 0) + 1;
    const csl = cslByTitle.get(comparableTitle(title)) ?? cslItems?.[index];

    const zoteroType = RIS_TYPES[ty] ?? RIS_DEFAULTED_TYPES[ty];
    if (!zoteroType) result.fail(`${label}: TY ${JSON.stringify(ty)} is not a type Zotero maps`);
    if (csl && RIS_TYPES_FOR_CSL[csl.type] && !RIS_TYPES_FOR_CSL[csl.type].includes(ty)) {
      result.fail(`${label}: TY ${ty} for CSL type ${csl.type} (expected ${RIS_TYPES_FOR_CSL[csl.type].join(' or ')})`);
    }
    if (!title) result.fail(`${label}: no TI`);

    for (const field of record.fields) {
      if (!RIS_TAGS.has(field.tag)) result.fail(`${label}: tag ${field.tag} (line ${field.line}) is not one Zotero reads`);
      if (field.continuedLines > 0 && !RIS_MULTILINE_TAGS.has(field.tag)) {
        result.fail(`${label}: ${field.tag} (line ${field.line}) continues over ${field.continuedLines} more line(s); Zotero joins them with spaces`);
      }
      if (!field.value) result.fail(`${label}: ${field.tag} (line ${field.line}) is empty`);
    }

    const authors = values(record, 'AU');
    authors.forEach((au, i) => {
      if (/\s(and|&)\s|;/.test(au)) result.fail(`${label}: AU ${JSON.stringify(au)} looks like several authors on one line`);
      if ((au.match(/,/g) ?? []).length > 2) result.fail(`${label}: AU ${JSON.stringify(au)} has more than two commas`);
      const expected = csl?.author?.[i];
      if (expected?.family !== undefined) {
        const zoteroLast = au.split(/\s*,\s*/)[0]; // Zotero: last name is the text before the first comma
        const family = [expected['non-dropping-particle'], expected.family].filter(Boolean).join(' ');
        if (!au.includes(',')) result.fail(`${label}: AU ${JSON.stringify(au)} has no comma, Zotero imports it as a one-field name`);
        else if (zoteroLast.normalize('NFC') !== family.normalize('NFC')) {
          result.fail(`${label}: AU ${JSON.stringify(au)} gives Zotero last name ${JSON.stringify(zoteroLast)}, CSL-JSON family is ${JSON.stringify(family)}`);
        }
      }
    });
    if (csl && (csl.author?.length ?? 0) !== authors.length) {
      result.fail(`${label}: ${authors.length} AU lines, CSL-JSON has ${csl.author?.length ?? 0} authors`);
    }

    const py = values(record, 'PY');
    const da = values(record, 'DA');
    for (const v of py) if (!/^\d{4}$/.test(v)) result.fail(`${label}: PY ${JSON.stringify(v)} is not a four-digit year`);
    for (const v of da) if (!RIS_DATE.test(v)) result.fail(`${label}: DA ${JSON.stringify(v)} is not Zotero's YYYY/MM/DD/ form`);
    if (py.length && !da.length) result.fail(`${label}: PY without DA (for CONF, PY is the conference year and citation-js finds no publication year)`);
    if (py.length > 1 || da.length > 1) result.fail(`${label}: more than one PY or DA`);

    for (const doi of values(record, 'DO')) {
      if (!/^10\.\d{4,9}\/\S+$/.test(doi)) result.fail(`${label}: DO ${JSON.stringify(doi)} is not a bare DOI (10.NNNN/...)`);
    }

    const containerTags = RIS_CONTAINER_TAGS[zoteroType];
    if (containerTags && csl?.['container-title'] && !containerTags.some((t) => values(record, t).length)) {
      result.fail(`${label}: CSL-JSON has container-title but no ${containerTags.join('/')} tag Zotero reads for ${zoteroType}`);
    }

    const notes = values(record, 'N1');
    for (const note of notes) {
      if (note === title || note === values(record, 'AB')[0]) result.fail(`${label}: N1 repeats the title or abstract (Zotero makes every N1 a child note)`);
    }
  });

  const types = Object.entries(typeCounts).map(([t, n]) => `${t} ${n}`).join(', ');
  result.summary = `${records.length} records (${types || 'none'})`;
  return result;
}
