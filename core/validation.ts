/**
 * Turns zod issues into field messages a person understands, in German or
 * English. Our own refinements carry a message key (see messages.ts).
 */
import type { z } from 'zod';
import type { FieldIssue } from '../api/index.ts';
import { isMessageKey, message, type Lang } from './messages.ts';

const fmt = (lang: Lang, n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? Number(n).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB') : String(n));

const words = {
  de: {
    required: 'Pflichtfeld: bitte ausfüllen.',
    type: 'Ungültiger Wert: erwartet wird {expected}.',
    minText: 'Mindestens {n} Zeichen.',
    maxText: 'Höchstens {n} Zeichen.',
    minNumber: 'Der Wert muss mindestens {n} sein.',
    maxNumber: 'Der Wert darf höchstens {n} sein.',
    minItems: 'Mindestens {n} Einträge.',
    maxItems: 'Höchstens {n} Einträge.',
    choice: 'Bitte einen der vorgesehenen Werte wählen.',
    format: 'Das Format stimmt nicht.',
    integer: 'Bitte eine ganze Zahl angeben.',
    other: 'Ungültiger Wert.',
    kinds: { string: 'ein Text', number: 'eine Zahl', boolean: 'ja oder nein', object: 'ein Objekt', array: 'eine Liste' } as Record<string, string>,
  },
  en: {
    required: 'Required: please fill in.',
    type: 'Invalid value: expected {expected}.',
    minText: 'At least {n} characters.',
    maxText: 'At most {n} characters.',
    minNumber: 'The value must be at least {n}.',
    maxNumber: 'The value must be at most {n}.',
    minItems: 'At least {n} entries.',
    maxItems: 'At most {n} entries.',
    choice: 'Please choose one of the offered values.',
    format: 'The format is not right.',
    integer: 'Please enter a whole number.',
    other: 'Invalid value.',
    kinds: { string: 'text', number: 'a number', boolean: 'yes or no', object: 'an object', array: 'a list' } as Record<string, string>,
  },
} as const;

function describe(issue: z.core.$ZodIssue, lang: Lang): string {
  const w = words[lang];
  if (isMessageKey(issue.message)) return message(lang, issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return w.required;
      if (issue.expected === 'int') return w.integer;
      return w.type.replace('{expected}', w.kinds[issue.expected] ?? issue.expected);
    case 'too_small': {
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? w.required : w.minText.replace('{n}', fmt(lang, issue.minimum));
      if (issue.origin === 'array') return w.minItems.replace('{n}', fmt(lang, issue.minimum));
      return w.minNumber.replace('{n}', fmt(lang, issue.minimum));
    }
    case 'too_big': {
      if (issue.origin === 'string') return w.maxText.replace('{n}', fmt(lang, issue.maximum));
      if (issue.origin === 'array') return w.maxItems.replace('{n}', fmt(lang, issue.maximum));
      return w.maxNumber.replace('{n}', fmt(lang, issue.maximum));
    }
    case 'invalid_value':
      return w.choice;
    case 'invalid_format':
      return w.format;
    case 'not_multiple_of':
      return w.integer;
    default:
      return w.other;
  }
}

/** One message per field (the first): "15.03.2026" is a format problem, not also "this date does not exist". */
export function fieldIssues(error: z.ZodError, lang: Lang): FieldIssue[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) return [];
    seen.add(path);
    return [{ path, message: describe(issue, lang) }];
  });
}
