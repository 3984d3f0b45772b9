import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh scratch folder; kept when SNNBIB_INTEROP_KEEP=1 so a failure can be inspected. */
export function withWorkDir(prefix, fn) {
  const dir = mkdtempSync(join(tmpdir(), `snnbib-interop-${prefix}-`));
  try {
    return fn(dir);
  } finally {
    if (process.env.SNNBIB_INTEROP_KEEP === '1') process.stderr.write(`interop: kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** One \cite per key, so LaTeX itself resolves every key (\nocite{*} alone never reports a bad key). */
export function citesFor(keys) {
  return `${keys.map((k) => `\\cite{${k}}`).join('\n')}\n`;
}
