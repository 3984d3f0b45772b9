import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { CheckResult } from '../checkResult.mjs';
import { itemLabel } from './cslInput.mjs';

const require = createRequire(import.meta.url);
const CSL = require('citeproc');

/**
 * Renders every item alone through citeproc-js with one style and en-US: a non-empty bibliography entry
 * and citation, no "[CSL STYLE ERROR", and the entry shows the title and the first author's family name
 * (so a field citeproc could not read is noticed, not just a crash).
 */
export function checkCiteproc(items, { stylePath, localePath, styleName }) {
  const result = new CheckResult(`csljson/citeproc-${styleName}`);
  const style = readFileSync(stylePath, 'utf8');
  const locale = readFileSync(localePath, 'utf8');
  let current = null;
  const sys = {
    retrieveLocale: () => locale, // only en-US is shipped; citeproc falls back to it for every request
    retrieveItem: (id) => (id === current?.id ? structuredClone(current) : undefined),
  };
  const engine = new CSL.Engine(sys, style, 'en-US', true);
  engine.setOutputFormat('text');

  let rendered = 0;
  items.forEach((item, index) => {
    const label = itemLabel(item, index);
    current = item;
    try {
      engine.updateItems([item.id]);
      const [, entries] = engine.makeBibliography();
      const entry = (entries[0] ?? '').trim();
      const citation = engine.makeCitationCluster([{ id: item.id }]).trim();
      if (!entry) return result.fail(`${label}: empty bibliography entry`);
      if (!citation) return result.fail(`${label}: empty citation`);
      if (/\[CSL STYLE ERROR/.test(entry + citation)) return result.fail(`${label}: ${entry.slice(0, 160)}`);
      const title = comparable(item.title);
      if (title && !comparable(entry).includes(title)) result.fail(`${label}: title missing from entry: ${entry.slice(0, 160)}`);
      const family = item.author?.[0]?.family ?? item.author?.[0]?.literal;
      if (family && !comparable(entry).includes(comparable(family))) result.fail(`${label}: first author '${family}' missing from entry: ${entry.slice(0, 160)}`);
      rendered++;
    } catch (e) {
      result.fail(`${label}: citeproc threw ${e.message.split('\n')[0]}`);
    }
  });
  result.summary = `${rendered}/${items.length} items rendered with ${styleName}`;
  return result;
}

/** Letters and digits only, lower case: styles change case, quotes and punctuation of titles. */
function comparable(text) {
  return (text ?? '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
