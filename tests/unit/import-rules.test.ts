/**
 * Where code runs is visible in its folder, and checked here (DESIGN.md):
 * renderer → api; electron/host → core, api, db; core → db, api; db → its
 * libraries; api → zod. Nothing imports renderer/, electron/ or host/; no cycles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const LAYERS = ['api', 'core', 'db', 'electron', 'host', 'renderer'] as const;
type Layer = (typeof LAYERS)[number];

const ALLOWED_LAYERS: Record<Layer, Layer[]> = {
  api: ['api'],
  core: ['core', 'api', 'db'],
  db: ['db'],
  electron: ['electron', 'core', 'api', 'db'],
  host: ['host', 'core', 'api', 'db'],
  renderer: ['renderer', 'api'],
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages a layer must not use even though they are installed. */
const FORBIDDEN_PACKAGES: Record<Layer, (pkg: string) => boolean> = {
  api: (p) => p !== 'zod',
  core: (p) => p === 'electron' || p.startsWith('react'),
  db: (p) => !['drizzle-orm', 'drizzle-kit', 'better-sqlite3', 'csv-parse'].includes(p) && !NODE_BUILTINS.has(p),
  electron: (p) => p.startsWith('react'),
  host: (p) => p === 'electron' || p.startsWith('react'),
  renderer: (p) => NODE_BUILTINS.has(p) || ['electron', 'better-sqlite3', 'drizzle-orm', 'csv-parse'].includes(p),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [path] : [];
  });
}

function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const p of patterns) for (const m of source.matchAll(p)) if (m[1]) found.push(m[1]);
  return found;
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
const layerOf = (file: string): Layer | null => {
  const top = relative(ROOT, file).split(sep)[0];
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : null;
};

const files = LAYERS.flatMap((l) => sourceFiles(join(ROOT, l)));
const graph = new Map<string, string[]>();
const violations: string[] = [];

for (const file of files) {
  const layer = layerOf(file)!;
  const local: string[] = [];
  for (const spec of specifiers(readFileSync(file, 'utf8'))) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      const targetLayer = layerOf(target);
      if (!targetLayer || !ALLOWED_LAYERS[layer].includes(targetLayer)) {
        violations.push(`${relative(ROOT, file)} imports ${spec} (${targetLayer ?? 'outside the layers'})`);
      }
      local.push(target);
    } else if (FORBIDDEN_PACKAGES[layer](packageName(spec))) {
      violations.push(`${relative(ROOT, file)} imports package ${spec}`);
    }
  }
  graph.set(file, local);
}

function findCycle(): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | null => {
    if (state.get(f) === 'done') return null;
    if (state.get(f) === 'visiting') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'visiting');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return null;
  };
  for (const f of graph.keys()) {
    const cycle = visit(f);
    if (cycle) return cycle.map((c) => relative(ROOT, c));
  }
  return null;
}

describe('import rules', () => {
  it('finds the source files of every layer', () => {
    for (const layer of ['api', 'core', 'db'] as const) expect(files.some((f) => layerOf(f) === layer)).toBe(true);
  });

  it('lets each folder import only what its layer may use', () => {
    expect(violations).toEqual([]);
  });

  it('has no import cycles between source files', () => {
    expect(findCycle()).toBeNull();
  });

  it('detects a forbidden import when one is present', () => {
    // Guards the checker itself: a renderer file importing core must be caught.
    const fake = join(ROOT, 'renderer', 'x.ts');
    const target = resolve(dirname(fake), '../core/index.ts');
    expect(ALLOWED_LAYERS.renderer.includes(layerOf(target)!)).toBe(false);
    expect(FORBIDDEN_PACKAGES.renderer('node:fs')).toBe(true);
    expect(specifiers("import x from '../core/index.ts';\nconst y = require('fs');")).toEqual(['../core/index.ts', 'fs']);
  });
});
