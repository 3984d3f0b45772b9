// One check's outcome. Details name the entry (key or position) and say what is wrong.

const MAX_DETAILS = 40;

export class CheckResult {
  constructor(name) {
    this.name = name;
    this.problems = [];
    this.notes = [];
    this.summary = '';
    this.seconds = null;
  }

  fail(message) {
    this.problems.push(message);
    return this;
  }

  note(message) {
    this.notes.push(message);
    return this;
  }

  get ok() {
    return this.problems.length === 0;
  }

  /** Lines to print: the verdict, then problems (capped) and notes. */
  render(label) {
    const time = this.seconds === null ? '' : ` (${this.seconds.toFixed(1)} s)`;
    const head = `${this.ok ? 'PASS' : 'FAIL'}  ${label} ${this.name}${this.summary ? ` — ${this.summary}` : ''}${time}`;
    const shown = this.problems.slice(0, MAX_DETAILS).map((p) => `      ✗ ${p}`);
    if (this.problems.length > MAX_DETAILS) shown.push(`      … and ${this.problems.length - MAX_DETAILS} more problems`);
    return [head, ...shown, ...this.notes.map((n) => `      · ${n}`)].join('\n');
  }
}
