import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { CheckResult } from '../checkResult.mjs';
import { itemLabel } from './cslInput.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv'); // Ajv's default class implements draft-07, the schema's dialect
const addFormats = require('ajv-formats');

/** refs.json against the official csl-data.json (draft-07), every error named by item id and path. */
export function checkCslSchema(items, schemaPath) {
  const result = new CheckResult('csljson/schema');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (!validate(items)) {
    for (const error of validate.errors) {
      const m = /^\/(\d+)(.*)$/.exec(error.instancePath);
      const where = m ? `${itemLabel(items[Number(m[1])], Number(m[1]))}${m[2] || ''}` : error.instancePath || '(top level)';
      const extra = error.params?.additionalProperty ? ` '${error.params.additionalProperty}'` : '';
      const allowed = error.params?.allowedValues ? ` (${error.params.allowedValues.length} allowed values)` : '';
      result.fail(`${where}: ${error.message}${extra}${allowed}`);
    }
  }
  result.summary = `${Array.isArray(items) ? items.length : 0} items against ${schema.$schema?.replace(/^https?:\/\//, '') ?? 'schema'}`;
  return result;
}
