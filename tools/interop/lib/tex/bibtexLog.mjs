// Reads a BibTeX .blg: warnings ("Warning--empty journal in key") with kind and entry key, and errors
// (BibTeX reports them as prose followed by "I'm skipping whatever remains of this entry").

/** @returns {{ errors: string[], warnings: { kind: string, key: string|null, message: string }[] }} */
export function parseBibtexLog(text) {
  const lines = text.split(/\r?\n/);
  const errors = [];
  const warnings = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const w = /^Warning--(.*)$/.exec(line);
    if (w) {
      warnings.push(classify(w[1].trim()));
      continue;
    }
    if (/---line \d+ of file|^I'm skipping whatever remains|^Too many commas|^I couldn't open|^Illegal|^You're missing|^Sorry---you've exceeded|^I found no|^Aborted|^I was expecting/.test(line)) {
      // BibTeX puts the offending text on the next lines, starting with ' : '.
      let message = line.trim();
      while (i + 1 < lines.length && /^ ?: /.test(lines[i + 1])) {
        i++;
        message += ` ${lines[i].trim()}`;
      }
      if (!/^I'm skipping whatever remains/.test(message)) errors.push(message);
    }
  }
  const count = /\(There (?:were|was) (\d+) error messages?\)/.exec(text);
  if (count && errors.length === 0) errors.push(`${count[1]} error message(s) reported by BibTeX`);
  return { errors, warnings };
}

function classify(message) {
  let m = /^I didn't find a database entry for "(.*)"$/.exec(message);
  if (m) return { kind: 'no database entry', key: m[1], message };
  m = /^(.*?) in (\S+)$/.exec(message);
  if (m) return { kind: m[1], key: m[2], message };
  return { kind: message, key: null, message };
}
