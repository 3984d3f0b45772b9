// What "the same" means across formats. Each format has its own markup for the same text: BibTeX braces
// and accent macros (citation-js decodes them), citation-js' <span class="nocase"> for protected words,
// and math delimiters ($...$ survives in RIS and CSL-JSON but citation-js' BibTeX reader drops it).

export function comparableTitle(title) {
  if (typeof title !== 'string') return '';
  return title
    .normalize('NFC')
    .replace(/<\/?[a-z][^>]*>/gi, '') // citation-js' rich-text spans
    .replace(/\$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Family names as a reader would file them: particle + family, or the literal name. */
export function familyNames(item) {
  return (item.author ?? []).map((a) =>
    (a.family !== undefined
      ? [a['non-dropping-particle'], a.family].filter(Boolean).join(' ')
      : (a.literal ?? '')
    ).normalize('NFC').trim());
}

export function issuedYear(item) {
  const parts = item.issued?.['date-parts']?.[0];
  const year = parts?.[0] ?? (typeof item.issued?.raw === 'string' ? /\d{4}/.exec(item.issued.raw)?.[0] : undefined);
  return year === undefined || year === null || year === '' ? null : Number(year);
}

/** DOIs are case-insensitive (Crossref, the DOI handbook); a resolver prefix is not part of the DOI. */
export function comparableDoi(doi) {
  if (typeof doi !== 'string' || !doi.trim()) return null;
  return doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '').toLowerCase();
}
