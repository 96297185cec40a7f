/**
 * The appendix: one fact sheet (Steckbrief) per measure of the agenda. The
 * public edition leaves out money and personal names (project lead,
 * participants).
 */
import type { AgendaMeasure, DocSection } from '../../api/index.ts';
import type { AgendaData } from './gather.ts';
import { dateText, euro, periodText, type Ctx } from './assemble-util.ts';

export function factSheetSections(data: AgendaData, ctx: Ctx): DocSection[] {
  return data.measures.map((m) => factSheet(m, data, ctx));
}

function factSheet(m: AgendaMeasure, data: AgendaData, ctx: Ctx): DocSection {
  const { w } = ctx;
  const f = w.fact;
  const d = data.details.get(m.id);
  const full = d?.measure;
  const items: { label: string; value: string }[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value && value.trim()) items.push({ label, value });
  };
  add(f.field, m.fieldName);
  add(f.phase, w.phase[m.phase]);
  add(f.priority, w.priority[m.priority]);
  add(f.period, periodText(m.start, m.end, ctx.lang));
  add(f.lead, m.leadUnit);
  if (!full) {
    return { level: 2, heading: m.title, blocks: [{ kind: 'facts', items }, { kind: 'paragraph', text: w.placeholder.factSheetGone, note: true }] };
  }
  if (!ctx.isPublic) {
    add(f.projectLead, full.projectLead);
    add(f.participants, full.participants);
  }
  add(f.description, full.description);
  add(f.goals, full.goals);
  add(f.impact, full.impact);
  add(f.risks, full.risks);
  if (!ctx.isPublic) {
    const planned = d?.costs?.total.plan ?? 0;
    if (planned > 0) add(f.plannedCost, euro(planned, ctx));
    else if (full.budget !== null) add(f.budget, euro(full.budget, ctx));
  }
  add(f.progress, `${full.progress} %`);
  if (full.efaReuse) add(f.efa, full.efaProvider ?? f.yes);
  add(f.partners, full.ikzPartners);
  const blocks: DocSection['blocks'] = [{ kind: 'facts', items }];
  const milestones = d?.milestones ?? [];
  if (milestones.length > 0) {
    blocks.push({ kind: 'paragraph', text: `${f.milestones}:` });
    blocks.push({ kind: 'list', items: milestones.map((ms) => {
      const on = dateText(ms.done ? (ms.actualOn ?? ms.plannedOn) : ms.plannedOn, ctx.lang);
      return [ms.title, on, ms.done ? f.done : on ? f.planned : ''].filter(Boolean).join(' – ');
    }) });
  }
  return { level: 2, heading: m.title, blocks };
}
