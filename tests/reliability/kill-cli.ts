/**
 * `node --import tsx tests/reliability/kill-cli.ts --kills 2000 [--lanes 2] [--seed N]`:
 * the kill test at any size, printing its figures. Exit 0 when every kill
 * left the file intact with every acknowledged write, 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { runKillTest } from './kill-run.ts';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '300' }, lanes: { type: 'string', default: '2' }, seed: { type: 'string' } } });
const kills = Number(values.kills);
const lanes = Number(values.lanes);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(lanes) || lanes < 1) {
  console.error('Aufruf: kill-cli.ts --kills <Anzahl ≥ 1> [--lanes <Anzahl ≥ 1>] [--seed <Zahl>]');
  process.exit(2);
}
const figures = await runKillTest({ kills, lanes, ...(values.seed ? { seed: Number(values.seed) } : {}), log: (l) => console.log(l) });
console.log(JSON.stringify(figures, null, 2));
process.exit(figures.failures.length === 0 && figures.kills === kills ? 0 : 1);
