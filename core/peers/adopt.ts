/**
 * Adopting a peer project as an own idea ("Als eigene Idee übernehmen"): the
 * idea gets source "peer" and the pack as its origin; publisher, pack and
 * licence are copied into peer_adoptions so they stay known after the pack is
 * removed. Idea and record are one transaction and one undo step.
 */
import type { Idea, Parsed, PeerAdoption } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { getIdea } from '../ideas/ideas.ts';
import { PEER_SELECT, type PeerRow } from './peer-rows.ts';

interface AdoptionRow {
  id: string; idea_id: string; idea_title: string; pack_id: string; project_id: string; project_title: string;
  pack_title: string; publisher_name: string; license: string; created_at: string;
}

const toAdoption = (r: AdoptionRow): PeerAdoption => ({
  id: r.id, ideaId: r.idea_id, ideaTitle: r.idea_title, packId: r.pack_id, projectId: r.project_id, projectTitle: r.project_title,
  packTitle: r.pack_title, publisherName: r.publisher_name, license: r.license, createdAt: r.created_at,
});

const SELECT = 'SELECT a.*, i.title AS idea_title FROM peer_adoptions a JOIN ideas i ON i.id = a.idea_id';

export function listPeerAdoptions(core: Core, q: Parsed<'listPeerAdoptions'>): PeerAdoption[] {
  const rows = q.ideaId
    ? core.raw().prepare(`${SELECT} WHERE a.idea_id = ?`).all(q.ideaId)
    : core.raw().prepare(`${SELECT} ORDER BY a.created_at DESC, a.id`).all();
  return (rows as AdoptionRow[]).map(toAdoption);
}

/** The idea's text: the peer's summary and description, then what they learned (the reason to adopt from a peer). */
function ideaText(r: PeerRow): string | null {
  const parts = [r.summary, r.description, r.lessons_learned ? `Erfahrungen der Kommune ${r.publisher_name}: ${r.lessons_learned}` : null].filter(Boolean);
  return parts.length ? parts.join('\n\n').slice(0, 20_000) : null;
}

export function adoptPeerProject(core: Core, input: Parsed<'adoptPeerProject'>): { idea: Idea; adoption: PeerAdoption } {
  const raw = core.raw();
  const row = raw.prepare(`${PEER_SELECT} WHERE p.id = ?`).get(input.peerProjectId) as PeerRow | undefined;
  if (!row) throw notFound();
  const earlier = raw.prepare(`${SELECT} WHERE a.pack_id = ? AND a.project_id = ? LIMIT 1`).get(row.pack_id, row.project_id) as AdoptionRow | undefined;
  if (earlier) throw new CoreError('conflict', 'peer_already_adopted', { title: earlier.idea_title });
  if (input.fieldId && !readRow(core, 'field', input.fieldId)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'fieldId', key: 'field_unknown' }]);
  }
  const now = core.clock.now();
  const ideaId = core.clock.newId();
  const adoptionId = core.clock.newId();
  inStep(core, { action: 'create', entity: 'idea', title: row.title }, (step) => {
    step.track('idea', ideaId, 'create', () => {
      raw.prepare(`INSERT INTO ideas (id, title, description, source, submitter, submitted_on, field_id, status, origin, created_at, updated_at)
        VALUES (?, ?, ?, 'peer', ?, ?, ?, 'new', ?, ?, ?)`)
        .run(ideaId, row.title.slice(0, 200), ideaText(row), row.publisher_name.slice(0, 200), now.slice(0, 10), input.fieldId ?? row.field_id, row.pack_id, now, now);
    });
    step.track('peerAdoption', adoptionId, 'create', () => {
      raw.prepare(`INSERT INTO peer_adoptions (id, idea_id, pack_id, project_id, project_title, pack_title, publisher_name, license, origin, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`)
        .run(adoptionId, ideaId, row.pack_id, row.project_id, row.title, row.pack_title, row.publisher_name, row.license, now, now);
    });
  });
  return { idea: getIdea(core, ideaId), adoption: listPeerAdoptions(core, { ideaId })[0]! };
}
