import { spawnSync } from 'node:child_process';

// Long log lines instead of TeX's 79-column wrapping, so one message is one line to parse.
const TEX_ENV = { max_print_line: '10000', error_line: '254', half_error_line: '238', openout_any: 'p', openin_any: 'p' };

/**
 * Runs one TeX-family program in dir with no stdin and a time limit.
 * @returns {{ command: string, status: number|null, output: string, timedOut: boolean }}
 */
export function runTool(command, args, dir, timeoutMs = 180_000) {
  const result = spawnSync(command, args, {
    cwd: dir,
    env: { ...process.env, ...TEX_ENV },
    input: '',
    encoding: 'utf8', // lenient: bytes BibTeX cut in half become U+FFFD instead of throwing
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error && result.error.code === 'ENOENT') {
    throw new Error(`${command} is not installed (run tools/interop/install.sh)`);
  }
  return {
    command: `${command} ${args.join(' ')}`,
    status: result.status,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`,
    timedOut: result.error?.code === 'ETIMEDOUT',
  };
}

export const PDFLATEX_ARGS = ['-interaction=nonstopmode', '-no-shell-escape'];
