/**
 * Words for matching: German folding (core/fold.ts), stop words dropped and a
 * light stemmer (after CISTEM, Weissweiler & Fraser 2017) so "Anträge",
 * "Antrag" and "Antrages" meet. German compounds ("Wohngeldantrag") also
 * yield their head and tail ("wohnge…", "…antrag") as weaker features, because
 * peers write the same thing as one word or two.
 */
import { foldGerman } from '../fold.ts';

const STOP = new Set(
  ('aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bereits bis bzw da damit dann das dass '
    + 'dem den denen der deren des dessen die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines '
    + 'es etwa fuer ganz gegen hat hatte haben hier ihr ihre ihrem ihren im in ins ist ja je jede jedem jeden jeder jedes kann kein keine '
    + 'man mehr mit muss nach neben nicht noch nur ob oder ohne per pro sehr sein seine sich sie sind so soll sollen sowie ueber um und '
    + 'uns unser unsere unter usw vom von vor waehrend war waren was weil welche wenn werden wie wir wird wo zu zum zur zwischen '
    + 'the and of for to in on with a an by or is are be').split(' '),
);

/** CISTEM-like suffix stripping on a folded word. */
export function stem(word: string): string {
  let w = word;
  if (w.length >= 6 && w.startsWith('ge')) w = w.slice(2);
  // Folded umlauts stem like their base vowel ("Anträge" → "antraege" → "antrag").
  w = w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  while (w.length > 3) {
    if (w.length > 5 && /(em|er|nd)$/.test(w)) w = w.slice(0, -2);
    else if (/[tesn]$/.test(w)) w = w.slice(0, -1);
    else break;
  }
  return w;
}

export interface Token {
  /** The feature: a stem, or `^head`/`$tail` of a long word. */
  term: string;
  /** The word as written (for "why it matched"). */
  surface: string;
  /** Compound parts count less than the whole word. */
  weight: number;
}

/** Head and tail length: long enough to name a word ("antrag", "portal"), short enough to sit inside compounds. */
const PART = 6;

interface WordFeatures {
  stem: string;
  parts: string[];
}

/** Folding and stemming per distinct word, remembered: peer texts repeat their vocabulary endlessly. */
const memo = new Map<string, WordFeatures | null>();
const MEMO_MAX = 200_000;

function featuresOf(surface: string): WordFeatures | null {
  const known = memo.get(surface);
  if (known !== undefined) return known;
  const folded = foldGerman(surface);
  let f: WordFeatures | null = null;
  if (folded.length >= 3 && !STOP.has(folded) && !/^\d+$/.test(folded)) {
    const s = stem(folded);
    f = { stem: s, parts: s.length >= PART ? [`^${s.slice(0, PART)}`, `$${s.slice(-PART)}`] : [] };
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(surface, f);
  return f;
}

/** Calls `fn` for every feature of the text, without allocating a token per word (building a 20,000-project index). */
export function forEachFeature(text: string | null | undefined, fn: (term: string, surface: string, weight: number) => void): void {
  if (!text) return;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const surface = m[0];
    const f = featuresOf(surface);
    if (!f) continue;
    fn(f.stem, surface, 1);
    for (const part of f.parts) fn(part, surface, 0.5);
  }
}

/** Splits text into weighted features. */
export function tokens(text: string | null | undefined): Token[] {
  const out: Token[] = [];
  forEachFeature(text, (term, surface, weight) => out.push({ term, surface, weight }));
  return out;
}
