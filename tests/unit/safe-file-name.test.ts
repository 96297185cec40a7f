/** File names of exports: safe on Windows, macOS and Linux whatever the agenda is called. */
import { safeFileName } from '../../core/safe-file-name.ts';

describe('safeFileName', () => {
  it('keeps a normal German title with umlauts and dashes', () => {
    expect(safeFileName('Digitale Agenda Münster 2026–2030 – Version 2', 'pdf')).toBe('Digitale Agenda Münster 2026–2030 – Version 2.pdf');
  });

  it('removes path parts and reserved characters', () => {
    expect(safeFileName('../../etc/passwd', 'md')).toBe('etc passwd.md');
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j', 'html')).toBe('a b c d e f g h i j.html');
    expect(safeFileName('..\\..\\Windows\\System32', 'docx')).toBe('Windows System32.docx');
    expect(safeFileName('Agenda\u0000\u001F\u202Efdp.exe', 'pdf')).toBe('Agenda fdp.exe.pdf');
  });

  it('never answers a reserved Windows device name', () => {
    expect(safeFileName('CON', 'pdf')).toBe('_CON.pdf');
    expect(safeFileName('nul', 'odt')).toBe('_nul.odt');
    expect(safeFileName('COM1.txt', 'md')).toBe('_COM1.txt.md');
    expect(safeFileName('LPT9 ', 'md')).toBe('_LPT9.md');
    expect(safeFileName('Console', 'md')).toBe('Console.md');
  });

  it('drops trailing dots and spaces, falls back when nothing is left, and stays within 255 bytes', () => {
    expect(safeFileName('Agenda. . .', 'pdf')).toBe('Agenda.pdf');
    expect(safeFileName(' ... ', 'pdf')).toBe('Digitale-Agenda.pdf');
    expect(safeFileName('///', 'pdf')).toBe('Digitale-Agenda.pdf');
    const long = safeFileName('Ä'.repeat(300), 'docx');
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(255);
    expect(long.endsWith('Ä.docx')).toBe(true);
    const emoji = safeFileName('😀'.repeat(100), 'pdf');
    expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(255);
    expect(emoji).not.toMatch(/\uFFFD/);
  });
});
