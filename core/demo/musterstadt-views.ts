/**
 * Demo: three saved portfolio views a CDO in Musterstadt would keep. Each
 * config goes through the API schema, as saveView would store it.
 */
import { viewConfig, type Input } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';

type ConfigInput = Input<'saveView'>['config'];

const VIEWS: { name: string; config: ConfigInput }[] = [
  {
    name: 'Pflichtaufgaben nach Rang',
    config: { columns: ['field', 'phase', 'must', 'score', 'rank'], filters: { must: 'yes' }, sort: { key: 'rank', dir: 'asc' } },
  },
  {
    name: 'Laufende Umsetzung',
    config: { columns: ['field', 'leadUnit', 'projectLead', 'end', 'budget', 'progress'], filters: { phase: 'implementation' }, sort: { key: 'end', dir: 'asc' } },
  },
  {
    name: 'Rote Ampeln',
    config: { columns: ['field', 'phase', 'leadUnit', 'projectLead', 'end', 'budget'], filters: { light: 'red' }, sort: { key: 'end', dir: 'asc' } },
  },
  {
    name: 'Ohne Förderung nach Budget',
    config: { columns: ['field', 'phase', 'priority', 'budget', 'score'], filters: { funding: 'none' }, sort: { key: 'budget', dir: 'desc' } },
  },
  {
    name: 'Hohe Priorität mit Budget',
    config: { columns: ['field', 'phase', 'start', 'end', 'budget', 'score'], filters: { priority: 'high' }, sort: { key: 'budget', dir: 'desc' } },
  },
];

export function fillDemoViews(core: Core, clock: DemoClock): void {
  const insert = core.raw().prepare('INSERT INTO saved_views (id, name, config, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const v of VIEWS) {
    const at = clock.now();
    insert.run(clock.newId(), v.name, JSON.stringify(viewConfig.parse(v.config)), 'local', at, at);
  }
}
