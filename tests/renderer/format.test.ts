import { formatDate, formatDateTime, formatMoney, formatMoneyShort, formatNumber, parseMoney } from '../../renderer/i18n/format.ts';
import { createI18n } from '../../renderer/i18n/index.ts';

describe('formatting for people', () => {
  it('writes money as 1.234.567 € in German, with cents only when there are any', () => {
    expect(formatMoney(1234567, 'de')).toBe('1.234.567\u00a0€');
    expect(formatMoney(1250.5, 'de')).toBe('1.250,50\u00a0€');
    expect(formatMoney(0, 'de')).toBe('0\u00a0€');
    expect(formatMoney(1234567, 'en')).toBe('€1,234,567');
  });

  it('shortens a headline amount from ten million on', () => {
    expect(formatMoneyShort(738_000, 'de')).toBe('738.000\u00a0€');
    expect(formatMoneyShort(9_999_999, 'de')).toBe('9.999.999\u00a0€');
    expect(formatMoneyShort(7_985_774_300, 'de')).toBe('7,99\u00a0Mrd.\u00a0€');
    expect(formatMoneyShort(1_318_094_000, 'de')).toBe('1,32\u00a0Mrd.\u00a0€');
    expect(formatMoneyShort(12_500_000, 'de')).toBe('12,5\u00a0Mio.\u00a0€');
    expect(formatMoneyShort(7_985_774_300, 'en')).toBe('€7.99bn');
  });

  it('writes dates as TT.MM.JJJJ in German and DD/MM/YYYY in English, whatever the time zone', () => {
    expect(formatDate('2026-03-01', 'de')).toBe('01.03.2026');
    expect(formatDate('2026-12-31', 'de')).toBe('31.12.2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31/12/2026');
    expect(formatDate(null, 'de')).toBe('');
    expect(formatDateTime('2026-11-22T11:23:04.824Z', 'de')).toMatch(/^2\d\.11\.2026, \d{2}:\d{2}$/);
  });

  it('writes numbers with German separators', () => {
    expect(formatNumber(11088, 'de')).toBe('11.088');
    expect(formatNumber(11088, 'en')).toBe('11,088');
  });

  it('writes a count in a message with separators, the plural still chosen by the number; a year stays a year', () => {
    const de = createI18n('de');
    expect(de.t('overview.tiles.lights.count', { count: 1940 })).toBe('1.940 Maßnahmen');
    expect(de.t('overview.tiles.lights.count', { count: 1 })).toBe('1 Maßnahme');
    expect(de.t('overview.tiles.budget.title', { year: 2026 })).toBe('Budget 2026: Plan und Ist');
    expect(createI18n('en').t('overview.tiles.lights.count', { count: 1940 })).toBe('1,940 measures');
  });

  it('reads amounts as people type them and refuses text that is no amount', () => {
    expect(parseMoney('1.234.567', 'de')).toBe(1234567);
    expect(parseMoney('1.250,50 €', 'de')).toBe(1250.5);
    expect(parseMoney('25 000', 'de')).toBe(25000);
    expect(parseMoney('1234.5', 'de')).toBe(1234.5);
    expect(parseMoney('1,234.50', 'en')).toBe(1234.5);
    expect(parseMoney('', 'de')).toBeNull();
    expect(parseMoney('   ', 'de')).toBeNull();
    expect(parseMoney('viel Geld', 'de')).toBeNaN();
    expect(parseMoney('-5', 'de')).toBeNaN();
    expect(parseMoney('1.2.3,4,5', 'de')).toBeNaN();
  });
});
