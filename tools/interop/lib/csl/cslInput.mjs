import { readFileSync } from 'node:fs';

/** Reads refs.json as strict UTF-8 JSON; throws with the file name on a bad byte or bad JSON. */
export function readCslJson(path) {
  const bytes = readFileSync(path);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${path}: not valid UTF-8`);
  }
  if (text.charCodeAt(0) === 0xfeff) throw new Error(`${path}: starts with a byte order mark`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${e.message})`);
  }
}

/** How an item is named in messages: its id, or its position when it has none. */
export function itemLabel(item, index) {
  return item && typeof item === 'object' && typeof item.id === 'string' ? item.id : `item #${index + 1}`;
}
