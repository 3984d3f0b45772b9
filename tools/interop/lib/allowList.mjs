import { readFileSync } from 'node:fs';

// Every accepted warning is a rule in allowed-warnings.json: which tool, which warning kind, and a
// condition on the entry that must really hold (e.g. "the entry has no author"), with the reason.
// A warning no rule accepts fails the check.

/** Conditions a rule may require of the entry the warning names. */
const CONDITIONS = {
  'no-author': (entry) => !entry.fields.some((f) => f.name === 'author' || f.name === 'editor'),
};

/**
 * @typedef {{ tool: string, kind: string, when: keyof typeof CONDITIONS, reason: string }} AllowRule
 */

/** @returns {AllowRule[]} */
export function loadAllowList(path) {
  const rules = JSON.parse(readFileSync(path, 'utf8'));
  for (const rule of rules) {
    if (!rule.tool || !rule.kind || !rule.reason || !(rule.when in CONDITIONS)) {
      throw new Error(`${path}: rule ${JSON.stringify(rule)} needs tool, kind, reason and a known 'when' (${Object.keys(CONDITIONS).join(', ')})`);
    }
  }
  return rules;
}

/**
 * Splits warnings into accepted (with the rule's reason) and rejected.
 * @param {{ kind: string, key: string|null, message: string }[]} warnings
 * @param {string} tool e.g. "bibtex/plain"
 * @param {AllowRule[]} rules
 * @param {Map<string, import('./bib/bibFile.mjs').BibEntry>} entriesByKey
 */
export function applyAllowList(warnings, tool, rules, entriesByKey) {
  const accepted = [];
  const rejected = [];
  for (const warning of warnings) {
    const entry = warning.key ? entriesByKey.get(warning.key) : undefined;
    const rule = rules.find((r) => r.tool === tool && r.kind === warning.kind && entry && CONDITIONS[r.when](entry));
    if (rule) accepted.push({ warning, reason: rule.reason });
    else rejected.push(warning);
  }
  return { accepted, rejected };
}
