// What Zotero's import translators accept, as tables. Sources (zotero/translators and consumers.md) are
// cited per table in docs/zotero-mapping.md; only the facts are transcribed here, no translator code.

/** RIS TY values Zotero's RIS.js maps to an item type (importTypeMap plus the reverse of exportTypeMap). */
export const RIS_TYPES = {
  ABST: 'journalArticle', ADVS: 'film', AGGR: 'document', ANCIENT: 'document', ART: 'artwork', BILL: 'bill',
  BLOG: 'blogPost', BOOK: 'book', CASE: 'case', CHAP: 'bookSection', CHART: 'artwork', CLSWK: 'book',
  COMP: 'computerProgram', CONF: 'conferencePaper', CPAPER: 'conferencePaper', CTLG: 'magazineArticle',
  DATA: 'dataset', DBASE: 'dataset', DICT: 'dictionaryEntry', EBOOK: 'book', ECHAP: 'bookSection',
  EDBOOK: 'book', EJOUR: 'journalArticle', ELEC: 'webpage', ENCYC: 'encyclopediaArticle', EQUA: 'document',
  FIGURE: 'artwork', GEN: 'journalArticle', GOVDOC: 'report', GRNT: 'document', HEAR: 'hearing',
  ICOMM: 'email', INPR: 'manuscript', JFULL: 'journalArticle', JOUR: 'journalArticle', LEGAL: 'case',
  MANSCPT: 'manuscript', MAP: 'map', MGZN: 'magazineArticle', MPCT: 'film', MULTI: 'videoRecording',
  MUSIC: 'audioRecording', NEWS: 'newspaperArticle', PAMP: 'manuscript', PAT: 'patent', PCOMM: 'letter',
  RPRT: 'report', SER: 'book', SLIDE: 'presentation', SOUND: 'audioRecording', STAND: 'report',
  STAT: 'statute', THES: 'thesis', UNBILL: 'manuscript', UNPD: 'manuscript', VIDEO: 'videoRecording',
  WEB: 'webpage',
};

/**
 * TY values Zotero does not map but imports through its default type (journalArticle). UNPB, the RIS
 * specification's "unpublished work", is the honest type for a preprint; consumers.md observed Zotero
 * importing it as a journal article. Accepted only for CSL type "article" (see PREPRINT_RIS_TYPES).
 */
export const RIS_DEFAULTED_TYPES = { UNPB: 'journalArticle' };

/** RIS TY values that fit each CSL type snnbib writes; the CSL-JSON file decides which one applies. */
export const RIS_TYPES_FOR_CSL = {
  'paper-conference': ['CONF', 'CPAPER'],
  'article-journal': ['JOUR', 'EJOUR', 'JFULL'],
  // No RIS type yields a Zotero "preprint" (consumers.md). RPRT keeps the arXiv id (SN → report number,
  // PB → institution); UNPB and GEN become a journal article; MANSCPT a manuscript.
  article: ['RPRT', 'UNPB', 'GEN', 'MANSCPT', 'JOUR'],
  document: ['GEN'],
  chapter: ['CHAP', 'ECHAP'],
  book: ['BOOK', 'EBOOK'],
  report: ['RPRT'],
  webpage: ['ELEC', 'WEB'],
};

/** RIS tags Zotero's RIS.js reads (fieldMap and degenerateImportFieldMap), plus TY and ER. */
export const RIS_TAGS = new Set([
  'TY', 'ER', 'AB', 'AN', 'CN', 'DB', 'DO', 'DP', 'J2', 'KW', 'L1', 'L2', 'L4', 'N1', 'ST', 'UR', 'Y2',
  'TI', 'T2', 'T3', 'AU', 'A1', 'A2', 'A3', 'A4', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'CY', 'DA', 'ET', 'IS',
  'LA', 'M1', 'M3', 'NV', 'OP', 'PB', 'PY', 'SE', 'SN', 'SP', 'SV', 'VL', 'AD', 'AV', 'BT', 'CA', 'CR', 'CT',
  'ED', 'EP', 'H1', 'H2', 'ID', 'JA', 'JF', 'JO', 'LB', 'M2', 'N2', 'RI', 'RN', 'T1', 'TA', 'TT', 'Y1',
]);

/** Tags whose value Zotero keeps across line breaks (it joins other continued values with a space). */
export const RIS_MULTILINE_TAGS = new Set(['AB', 'N1', 'N2', 'RN', 'KW']);

/** Tags that put the container title into a Zotero field, per Zotero item type. */
export const RIS_CONTAINER_TAGS = {
  conferencePaper: ['T2', 'C3', 'JO', 'BT'], // T2/JO → conferenceName, C3 → proceedingsTitle
  journalArticle: ['T2', 'JO', 'JF', 'JA', 'J2', 'BT'], // JO/JA are abbreviations, used when no full title
  bookSection: ['T2', 'BT'],
};

/** Zotero's date pattern for DA/PY: YYYY/MM/DD/other, everything after the year optional. */
export const RIS_DATE = /^(\d+)(?:\/(\d{0,2})(?:\/(\d{0,2})(?:(?:\/|\s)([^/]*))?)?)?$/;

/** CSL types Zotero's "CSL JSON" translator detects; one item with another type and the file is not CSL JSON. */
export const CSL_JSON_TYPES = new Set([
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map',
  'motion_picture', 'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance',
  'personal_communication', 'periodical', 'post', 'post-weblog', 'regulation', 'report', 'review',
  'review-book', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage',
]);

/** BibTeX entry types Zotero's BibTeX.js maps to an item type. */
export const BIBTEX_TYPES = {
  book: 'book', inbook: 'bookSection', incollection: 'bookSection', article: 'journalArticle',
  patent: 'patent', phdthesis: 'thesis', unpublished: 'manuscript', inproceedings: 'conferencePaper',
  conference: 'conferencePaper', techreport: 'report', booklet: 'book', manual: 'book',
  mastersthesis: 'thesis', misc: 'document', proceedings: 'book', online: 'webpage', thesis: 'thesis',
  letter: 'letter', movie: 'film', artwork: 'artwork', report: 'report', legislation: 'bill',
  jurisdiction: 'case', audio: 'audioRecording', video: 'videoRecording', software: 'computerProgram',
  inreference: 'encyclopediaArticle', collection: 'book', mvbook: 'book',
};

/** BibTeX fields Zotero's BibTeX.js reads into an item (fieldMap, inputFieldMap and its special cases). */
export const BIBTEX_FIELDS = new Set([
  'address', 'chapter', 'edition', 'type', 'series', 'title', 'volume', 'copyright', 'isbn', 'issn',
  'shorttitle', 'url', 'doi', 'abstract', 'nationality', 'language', 'assignee', 'booktitle', 'school',
  'publisher', 'issue', 'journaltitle', 'shortjournal', 'eventtitle', 'pagetotal', 'version', 'subtitle',
  'journal', 'fjournal', 'author', 'editor', 'translator', 'institution', 'organization', 'location',
  'number', 'month', 'year', 'date', 'pages', 'note', 'howpublished', 'lastchecked', 'urldate', 'keywords',
  'keyword', 'comment', 'annote', 'review', 'notes', 'pdf', 'path', 'sentelink', 'file', 'eprint',
  'eprinttype', 'lccn', 'mrnumber', 'zmnumber', 'pmid', 'pmcid',
]);

/**
 * Fields BibTeX styles use that Zotero's importer ignores: accepted, and written down as lost on import.
 * archivePrefix/primaryClass: the issue requires them for arXiv preprints (arXiv's and Google Scholar's form,
 * read by arXiv-aware styles and biber). key: plain.bst's sort and label key for an entry with no author.
 */
export const BIBTEX_FIELDS_ZOTERO_IGNORES = new Map([
  ['archiveprefix', 'required for arXiv preprints by arXiv-aware styles'],
  ['primaryclass', 'required for arXiv preprints by arXiv-aware styles'],
  ['key', "plain.bst's sort key for an entry without author"],
]);
