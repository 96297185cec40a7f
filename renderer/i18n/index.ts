/**
 * i18n: German first, English second. Every UI string goes through t().
 * The chosen language is kept in localStorage. Imports no project code.
 */
import { createInstance, type FormatterModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';
import { formatNumber } from './format.ts';

export type UiLang = 'de' | 'en';

/**
 * A feature folder may bring its own strings (features/<name>/i18n/de.json and
 * en.json), so features do not all edit one file. They are merged deeply: a
 * feature may add e.g. `undo.what.costItem` without replacing `undo`.
 */
const featureStrings = import.meta.glob('../features/*/i18n/*.json', { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

type Strings = Record<string, unknown>;
const isObject = (v: unknown): v is Strings => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeDeep(into: Strings, from: Strings): Strings {
  const out: Strings = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = out[key];
    out[key] = isObject(existing) && isObject(value) ? mergeDeep(existing, value) : value;
  }
  return out;
}

function resourcesFor(lang: UiLang, base: Strings): Strings {
  return Object.entries(featureStrings)
    .filter(([path]) => path.endsWith(`/${lang}.json`))
    .reduce((all, [, strings]) => mergeDeep(all, strings), base);
}

export const LANGS: readonly UiLang[] = ['de', 'en'];
const STORAGE_KEY = 'cdo.lang';

function storedLang(): UiLang {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

/**
 * A count in a message is written the way its language writes numbers
 * ("1.940 Maßnahmen", "1,940 measures") wherever a caller passes it raw:
 * i18next hands every interpolated value here (alwaysFormat). Only `count`
 * (the value plurals are chosen by) is touched: other numbers may be years.
 */
const countFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value, _format, lng, options) =>
    options?.interpolationkey === 'count' && typeof value === 'number' ? formatNumber(value, lng === 'en' ? 'en' : 'de') : value,
};

export function createI18n(lang: UiLang = storedLang()): I18n {
  const instance = createInstance();
  void instance.use(countFormatter).use(initReactI18next).init({
    resources: { de: { translation: resourcesFor('de', de) }, en: { translation: resourcesFor('en', en) } },
    lng: lang,
    fallbackLng: 'de',
    supportedLngs: LANGS as UiLang[],
    interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  return instance;
}

export function currentLang(instance: I18n): UiLang {
  return instance.language === 'en' ? 'en' : 'de';
}

/** Switches the language and remembers it. */
export function setLang(instance: I18n, lang: UiLang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage may be unavailable (private mode): the switch still works for this session
  }
  void instance.changeLanguage(lang);
}

export { formatDate, formatDateTime, formatMoney, formatMoneyShort, formatNumber, parseMoney, localeOf } from './format.ts';
