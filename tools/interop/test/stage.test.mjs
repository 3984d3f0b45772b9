// The stage must catch real defects: each test breaks the hard-case sample the way a buggy exporter would
// and asserts that the consumer check (not just a static rule) reports it, naming the entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf, runOnMutatedSample } from './mutatedSample.mjs';

const ALL_CHECKS = 12;

test('the hand-written hard-case sample passes every check', () => {
  const results = runOnMutatedSample();
  assert.equal(results.size, ALL_CHECKS);
  const failed = [...results.values()].filter((r) => !r.ok).map((r) => r.render('sample'));
  assert.deepEqual(failed, []);
});

test('raw & in a BibTeX title: pdflatex reports a misplaced alignment tab in that entry', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['{ResNet} \\& {CIFAR10-DVS}', '{ResNet} & {CIFAR10-DVS}'] }, ['bibtex/ieeetran', 'bibtex/plain', 'bibtex/syntax']);
  assert.match(problemsOf(results, 'bibtex/plain'), /misplaced alignment tab.*muller2024temporal/);
  assert.match(problemsOf(results, 'bibtex/ieeetran'), /misplaced alignment tab/);
  assert.match(problemsOf(results, 'bibtex/syntax'), /\[muller2024temporal\] title: raw '&'/);
});

test('raw % in a BibTeX title: the rest of the .bbl line is silently lost, and the .bbl check says so', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['100\\% Accuracy', '100% Accuracy'] }, ['bibtex/ieeetran', 'bibtex/plain', 'bibtex/syntax']);
  assert.match(problemsOf(results, 'bibtex/plain'), /raw % in the \.bbl \(entry muller2024temporal\): LaTeX silently drops "accuracy at/i);
  assert.match(problemsOf(results, 'bibtex/ieeetran'), /raw % in the \.bbl \(entry muller2024temporal\)/);
  assert.match(problemsOf(results, 'bibtex/syntax'), /raw '%'/);
});

test('unbalanced brace in a BibTeX field: bibtex and the reader report the entry', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['title = {Neuronal Dynamics:', 'title = {{Neuronal Dynamics:'] }, ['bibtex/plain', 'bibtex/syntax']);
  assert.match(problemsOf(results, 'bibtex/syntax'), /\[gerstner2014neuronal\]: expected ',' or '}' after field 'title'/);
  assert.match(problemsOf(results, 'bibtex/plain'), /bibtex error: I was expecting a .,' or a .}'---line 61 of file refs.bib/);
});

test('UTF-8 initial in the classic flavour: IEEEtran cuts the byte and pdflatex stops with invalid UTF-8', () => {
  const results = runOnMutatedSample({ 'refs.bib': ["Dupr{\\'e}, {\\'E}lodie and {\\L}ukasiewicz", 'Dupré, Élodie and {\\L}ukasiewicz'] }, ['bibtex/ieeetran', 'bibtex/syntax']);
  assert.match(problemsOf(results, 'bibtex/ieeetran'), /invalid UTF-8/i);
  assert.match(problemsOf(results, 'bibtex/syntax'), /non-ASCII.*U\+00C9/);
});

test('math outside braces in a BibTeX title: reported, since styles lower-case it silently', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['{$O(L)$}', '$O(L)$'] }, ['bibtex/syntax']);
  assert.match(problemsOf(results, 'bibtex/syntax'), /math \$O\(L\)\$ is not in braces/);
});

test('an @article without journal: the warning is not allow-listed and fails the style check', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['  journal = {Frontiers in Neuroscience},\n', ''] }, ['bibtex/ieeetran', 'bibtex/plain']);
  assert.match(problemsOf(results, 'bibtex/plain'), /empty journal.*chen2023survey/);
  assert.match(problemsOf(results, 'bibtex/ieeetran'), /chen2023survey/);
});

test('an allow-list rule accepts a warning only when its condition holds for that entry', () => {
  const rules = [{ tool: 'bibtex/plain', kind: 'to sort, need author or key', when: 'no-author', reason: 'test rule' }];
  // spikingformer2023 truly has no author: accepted. kim2021energy has an (empty) author field: rejected.
  const results = runOnMutatedSample({
    'refs.bib': ['  key = {Spikingformer},\n', ''],
  }, ['bibtex/plain'], rules);
  assert.equal(results.get('bibtex/plain').ok, true, results.get('bibtex/plain').render('x'));
  assert.match(results.get('bibtex/plain').notes.join('\n'), /allowed: to sort, need author or key in spikingformer2023 — test rule/);

  const emptied = runOnMutatedSample({
    'refs.bib': ["author = {Kim, Ji-Hoon and O'Brien, Se{\\'a}n},", 'author = {},'],
  }, ['bibtex/plain'], rules);
  assert.match(problemsOf(emptied, 'bibtex/plain'), /kim2021energy/);
});

test('without a rule, a style warning fails the stage (the shipped allow-list accepts none)', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['  key = {Spikingformer},\n', ''] }, ['bibtex/plain']);
  assert.match(problemsOf(results, 'bibtex/plain'), /warning \(to sort, need author or key\) \[spikingformer2023\]/);
});

test('biblatex @article without journaltitle: biber --validate-datamodel reports it', () => {
  const results = runOnMutatedSample({ 'refs-biblatex.bib': ['  journaltitle = {Frontiers in Neuroscience},\n', ''] }, ['biblatex/biber']);
  assert.match(problemsOf(results, 'biblatex/biber'), /Datamodel: Entry 'chen2023survey'.*Missing mandatory field 'journaltitle'/);
});

test('biblatex raw & in a title: pdflatex fails on the biblatex bibliography too', () => {
  const results = runOnMutatedSample({ 'refs-biblatex.bib': ['{ResNet} \\& {CIFAR10-DVS}', '{ResNet} & {CIFAR10-DVS}'] }, ['biblatex/biber']);
  assert.match(problemsOf(results, 'biblatex/biber'), /misplaced alignment tab/);
});

test('a CSL-JSON field outside the schema fails validation, naming the item and field', () => {
  const results = runOnMutatedSample({ 'refs.json': ['"citation-key": "zhang2024lif",', '"citation-key": "zhang2024lif",\n    "arxiv": "2401.01234",'] }, ['csljson/schema']);
  assert.match(problemsOf(results, 'csljson/schema'), /zhang2024lif: must NOT have additional properties 'arxiv'/);
});

test('a CSL-JSON author written as a string fails the schema and citeproc keeps rendering the rest', () => {
  const results = runOnMutatedSample({ 'refs.json': ['"id": "gerstner2014neuronal",', '"id": "gerstner2014neuronal",\n    "editor": "W. Gerstner",'] }, ['csljson/schema']);
  assert.match(problemsOf(results, 'csljson/schema'), /gerstner2014neuronal\/editor: must be array/);
});

test('RIS record without ER: reported, although Zotero itself would forgive it', () => {
  const results = runOnMutatedSample({ 'refs.ris': ['UR  - https://openreview.net/forum?id=a_B-c9XyZ\nER  - \n', 'UR  - https://openreview.net/forum?id=a_B-c9XyZ\n'] }, ['zotero/ris']);
  assert.match(problemsOf(results, 'zotero/ris'), /not closed by ER/);
});

test('RIS CONF with PY but no DA: citation-js finds no year, the round trip says which paper', () => {
  const results = runOnMutatedSample({ 'refs.ris': ['PY  - 2024\nDA  - 2024\nT2  - The Twelfth', 'PY  - 2024\nT2  - The Twelfth'] }, ['roundtrip/citation-js', 'zotero/ris']);
  assert.match(problemsOf(results, 'roundtrip/citation-js'), /muller2024temporal: RIS year missing \(CSL-JSON: 2024\)/);
  assert.match(problemsOf(results, 'zotero/ris'), /PY without DA/);
});

test('RIS with two authors on one AU line: wrong author count in the round trip and in Zotero rules', () => {
  const results = runOnMutatedSample({ 'refs.ris': ['AU  - Naud, Richard\nAU  - Paninski, Liam', 'AU  - Naud, Richard and Paninski, Liam'] }, ['roundtrip/citation-js', 'zotero/ris']);
  assert.match(problemsOf(results, 'roundtrip/citation-js'), /gerstner2014neuronal: RIS has 3 authors, CSL-JSON has 4/);
  assert.match(problemsOf(results, 'zotero/ris'), /several authors on one line/);
});

test('RIS author as "Given Family": Zotero would file the whole name as a one-field name', () => {
  const results = runOnMutatedSample({ 'refs.ris': ['AU  - Nowak, Agnieszka', 'AU  - Agnieszka Nowak'] }, ['zotero/ris']);
  assert.match(problemsOf(results, 'zotero/ris'), /"Agnieszka Nowak" has no comma/);
});

test('RIS type that does not fit the CSL type: a conference paper exported as JOUR', () => {
  const results = runOnMutatedSample({ 'refs.ris': ['TY  - CONF', 'TY  - JOUR'] }, ['zotero/ris']);
  assert.match(problemsOf(results, 'zotero/ris'), /TY JOUR for CSL type paper-conference/);
});

test('a title that differs between formats is reported with both texts', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['{LIF} Neurons Revisited', '{LIF} Neuron Revisited'] }, ['roundtrip/citation-js']);
  assert.match(problemsOf(results, 'roundtrip/citation-js'), /zhang2024lif: BibTeX title differs: "LIF Neuron Revisited/);
});

test('an accent lost in one format changes the family name and is reported', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['and Boht{\\\'e}, Sander M.', 'and Bohte, Sander M.'] }, ['roundtrip/citation-js']);
  assert.match(problemsOf(results, 'roundtrip/citation-js'), /chen2023survey: BibTeX author 23 family name "Bohte" \(CSL-JSON: "Bohté"\)/);
});

test('DOIs that differ only in letter case are the same DOI', () => {
  const results = runOnMutatedSample({ 'refs.ris': ['DO  - 10.5555/FNINS.2023.0042', 'DO  - 10.5555/fnins.2023.0042'] }, ['roundtrip/citation-js']);
  assert.equal(results.get('roundtrip/citation-js').ok, true, results.get('roundtrip/citation-js').render('x'));
});

test('a CSL type Zotero does not detect makes Zotero refuse the whole file', () => {
  const results = runOnMutatedSample({ 'refs.json': ['"type": "report"', '"type": "software"'] }, ['zotero/csljson']);
  assert.match(problemsOf(results, 'zotero/csljson'), /kim2021energy: type "software" is not one Zotero's CSL JSON importer detects/);
});

test('a CSL-JSON item without citation-key, or with a key refs.bib does not have', () => {
  const results = runOnMutatedSample({ 'refs.json': ['"citation-key": "nowak2022event",', '"citation-key": "nowak2022chapter",'] }, ['zotero/csljson']);
  const problems = problemsOf(results, 'zotero/csljson');
  assert.match(problems, /citation-key nowak2022chapter has no entry in refs.bib/);
  assert.match(problems, /refs.bib key nowak2022event has no CSL-JSON item/);
});

test('a BibTeX field Zotero does not read is reported', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['  primaryClass = {cs.NE},', '  primaryClass = {cs.NE},\n  arxivid = {2401.01234},'] }, ['zotero/bibtex']);
  assert.match(problemsOf(results, 'zotero/bibtex'), /zhang2024lif \(line \d+\): field 'arxivid'/);
});

test('a missing input file is an error, not a skipped check', () => {
  const results = runOnMutatedSample({ 'refs.ris': null }, ['inputs']);
  assert.match(problemsOf(results, 'inputs'), /refs\.ris/);
});

test('Han characters in the biblatex flavour: pdflatex cannot typeset them, the entry is reported', () => {
  const results = runOnMutatedSample({ 'refs-biblatex.bib': ['author = {Zhang, Wei and', 'author = {Zhang (张), Wei and'] }, ['biblatex/biber']);
  assert.match(problemsOf(results, 'biblatex/biber'), /Unicode character 张 \(U\+5F20\)/);
});

test('an unclosed brace group inside a field: runaway argument, and the entries after it are undefined citations', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['{LIF} Neurons Revisited', '\\emph{LIF \\} Neurons Revisited'] }, ['bibtex/plain', 'bibtex/ieeetran']);
  assert.match(problemsOf(results, 'bibtex/plain'), /runaway argument: Runaway argument\? \{LIF \\\} neurons revisited/);
  const ieee = problemsOf(results, 'bibtex/ieeetran');
  assert.match(ieee, /runaway argument/);
  assert.match(ieee, /warning \(undefined citation\) \[nowak2022event\]/);
});

test('a field BibTeX cannot read: the bibtex error names the line and the field is lost', () => {
  const results = runOnMutatedSample({ 'refs.bib': ['  author = {Zhang, Wei and Mart', '  author {Zhang, Wei and Mart'] }, ['bibtex/plain', 'bibtex/syntax']);
  assert.match(problemsOf(results, 'bibtex/plain'), /bibtex error: I was expecting an "="---line 31 of file refs.bib/);
  assert.match(problemsOf(results, 'bibtex/syntax'), /\[zhang2024lif\]: expected '=' after field 'author'/);
});
