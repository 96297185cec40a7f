/**
 * What the CLI needs to know of each command before running it: its name,
 * its call line and its options. Kept apart from the commands themselves so
 * that host/cli-run.ts can check a command line and load only the module of
 * the command asked for (`serve` never loads the import/export machinery).
 */
import type { CommandHead } from './context.ts';

export const backupHead: CommandHead = {
  name: 'backup',
  usage: { de: 'cdo-cockpit backup <datei> <ziel>', en: 'cdo-cockpit backup <file> <out>' },
  options: [],
};

export const checkHead: CommandHead = {
  name: 'check',
  usage: { de: 'cdo-cockpit check <datei>', en: 'cdo-cockpit check <file>' },
  options: [],
};

export const createHead: CommandHead = {
  name: 'create',
  usage: { de: 'cdo-cockpit create --ags <AGS> <datei>', en: 'cdo-cockpit create --ags <AGS> <file>' },
  options: ['ags'],
};

export const demoHead: CommandHead = {
  name: 'demo',
  usage: { de: 'cdo-cockpit demo <datei>', en: 'cdo-cockpit demo <file>' },
  options: [],
};

export const exportAgendaHead: CommandHead = {
  name: 'export-agenda',
  usage: {
    de: 'cdo-cockpit export-agenda --workspace <datei> [--version N] --format docx|odt|pdf|html|md --out <datei>',
    en: 'cdo-cockpit export-agenda --workspace <file> [--version N] --format docx|odt|pdf|html|md --out <file>',
  },
  options: ['workspace', 'agenda-version', 'format', 'out'],
};

export const exportPackHead: CommandHead = {
  name: 'export-pack',
  usage: { de: 'cdo-cockpit export-pack --workspace <datei> --out <paket.cdopack> [--sign]', en: 'cdo-cockpit export-pack --workspace <file> --out <pack.cdopack> [--sign]' },
  options: ['workspace', 'out', 'sign'],
};

export const exportPortfolioHead: CommandHead = {
  name: 'export-portfolio',
  usage: { de: 'cdo-cockpit export-portfolio --format xlsx|ods|csv --workspace <datei> --out <datei>', en: 'cdo-cockpit export-portfolio --format xlsx|ods|csv --workspace <file> --out <file>' },
  options: ['format', 'workspace', 'out'],
};

export const importPackHead: CommandHead = {
  name: 'import-pack',
  usage: { de: 'cdo-cockpit import-pack <paket.cdopack> --workspace <datei> [--yes]', en: 'cdo-cockpit import-pack <pack.cdopack> --workspace <file> [--yes]' },
  options: ['workspace', 'yes'],
};

export const importProjectsHead: CommandHead = {
  name: 'import-projects',
  usage: { de: 'cdo-cockpit import-projects <datei.csv|xlsx|ods> --workspace <datei> [--yes]', en: 'cdo-cockpit import-projects <file.csv|xlsx|ods> --workspace <file> [--yes]' },
  options: ['workspace', 'yes'],
};

export const restoreHead: CommandHead = {
  name: 'restore',
  usage: { de: 'cdo-cockpit restore <sicherung> <datei>', en: 'cdo-cockpit restore <backup> <file>' },
  options: [],
};

export const serveHead: CommandHead = {
  name: 'serve',
  usage: { de: 'cdo-cockpit serve [datei] [--demo] [--port N] [--open]', en: 'cdo-cockpit serve [file] [--demo] [--port N] [--open]' },
  options: ['demo', 'port', 'open'],
};

export const verifyPackHead: CommandHead = {
  name: 'verify-pack',
  usage: { de: 'cdo-cockpit verify-pack <paket.cdopack>', en: 'cdo-cockpit verify-pack <pack.cdopack>' },
  options: [],
};
