import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

const FORMATS = {
  bibtex: '@bibtex/text',
  ris: '@ris/file',
  csljson: '@csl/list+object',
};

/**
 * Parses one export with citation-js into CSL items (what a citation-js based tool would import).
 * @param {'bibtex'|'ris'|'csljson'} format
 * @returns {object[]}
 */
export function parseWithCitationJs(path, format) {
  const text = readFileSync(path, 'utf8');
  const input = format === 'csljson' ? JSON.parse(text) : text;
  const cite = new Cite(input, { forceType: FORMATS[format], generateGraph: false });
  return cite.data;
}
