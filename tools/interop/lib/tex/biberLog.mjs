// Reads biber's .blg: "[n] Module.pm:line> LEVEL - message". Datamodel findings from --validate-datamodel
// are WARN lines starting "Datamodel:"; the brief allows none of them.

/** @returns {{ errors: string[], datamodel: string[], warnings: { kind: string, key: string|null, message: string }[] }} */
export function parseBiberLog(text) {
  const errors = [];
  const datamodel = [];
  const warnings = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\[\d+\] [^>]*> (INFO|WARN|ERROR) - (.*)$/.exec(line);
    if (!m) continue;
    const [, level, message] = m;
    if (level === 'ERROR') errors.push(message);
    else if (level === 'WARN') {
      if (/^Datamodel:/.test(message)) datamodel.push(message);
      else warnings.push({ kind: 'biber warning', key: /entry '([^']+)'/.exec(message)?.[1] ?? null, message });
    }
  }
  return { errors, datamodel, warnings };
}
