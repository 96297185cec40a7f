/**
 * Vergleich: two versions side by side — what the newer one added (right
 * only), removed (left only) and changed (old value left, new value right),
 * for texts, principles, fields of action, goals, measures and indicators.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaDiff, AgendaSummary, AgendaVersion, FieldChange, ItemChange } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { SelectBox } from '../../components/form-field.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';

/** The version a draft is usually compared with: the newest adopted one, else the one before the newest. */
function defaultSides(versions: AgendaVersion[]): [number, number] {
  const newest = versions[versions.length - 1]!;
  const adopted = [...versions].reverse().find((v) => v.status === 'adopted' && v.number !== newest.number);
  return [adopted?.number ?? versions[versions.length - 2]!.number, newest.number];
}

export function CompareView({ agenda, versions }: { agenda: AgendaSummary; versions: AgendaVersion[] }) {
  const { t } = useTranslation();
  const [sides, setSides] = useState<[number, number]>(() => defaultSides(versions));
  const diff = useLoad((a) => a.compareAgendaVersions({ agendaId: agenda.id, from: sides[0], to: sides[1] }), [agenda.id, sides[0], sides[1]]);
  const name = (v: AgendaVersion) => `${t('agenda.versionShort', { number: v.number })} – ${t(`agenda.status.${v.status}`)}${v.label ? ` (${v.label})` : ''}`;
  return (
    <section className="cdo-agenda-compare" aria-labelledby="agenda-compare">
      <h2 className="kern-heading-medium" id="agenda-compare">{t('agenda.compare.title')}</h2>
      <div className="cdo-agenda-compare__pick cdo-no-print">
        {(['from', 'to'] as const).map((side, n) => (
          <div key={side} className="kern-form-input">
            <label className="kern-label" htmlFor={`compare-${side}`}>{t(`agenda.compare.${side}`)}</label>
            <SelectBox id={`compare-${side}`} value={sides[n]} onChange={(e) => setSides((s) => (n === 0 ? [Number(e.target.value), s[1]] : [s[0], Number(e.target.value)]))}>
              {versions.map((v) => <option key={v.id} value={v.number}>{name(v)}</option>)}
            </SelectBox>
          </div>
        ))}
      </div>
      {diff.error ? <Alert kind="danger" title={t('agenda.loadError')}>{diff.error.message}</Alert> : null}
      {!diff.data ? <Loading label={t('agenda.loading')} /> : <DiffTables diff={diff.data} versions={versions} />}
    </section>
  );
}

function DiffTables({ diff, versions }: { diff: AgendaDiff; versions: AgendaVersion[] }) {
  const { t } = useTranslation();
  const sideName = (n: number | null) => {
    const v = versions.find((x) => x.number === n);
    return v ? `${t('agenda.versionShort', { number: v.number })} (${t(`agenda.status.${v.status}`)})` : t('agenda.version.live');
  };
  const left = sideName(diff.from.number);
  const right = sideName(diff.to.number);
  if (diff.same) return <p className="kern-body">{t('agenda.compare.same')}</p>;
  const counts = (items: ItemChange[]) => ({
    added: items.filter((i) => i.change === 'added').length, removed: items.filter((i) => i.change === 'removed').length,
    changed: items.filter((i) => i.change === 'changed').length,
  });
  const all = [...diff.goals, ...diff.measures, ...diff.indicators];
  const c = counts(all);
  return (
    <>
      <p className="kern-body cdo-agenda-compare__summary">{t('agenda.compare.summary', { ...c, texts: diff.texts.length })}</p>
      <SideTable title={t('agenda.compare.texts')} left={left} right={right} empty={!diff.texts.length && !diff.principles.added.length && !diff.principles.removed.length && !diff.fields.added.length && !diff.fields.removed.length}>
        {diff.texts.map((ch) => <ChangeRow key={ch.field} label={t(`agenda.compare.field.${ch.field}`, { defaultValue: ch.field })} change={ch} />)}
        {diff.principles.removed.map((p) => <Row key={`pr-${p}`} what={t('agenda.field.principles')} change="removed" left={p} right={null} />)}
        {diff.principles.added.map((p) => <Row key={`pa-${p}`} what={t('agenda.field.principles')} change="added" left={null} right={p} />)}
        {diff.fields.removed.map((p) => <Row key={`fr-${p}`} what={t('agenda.field.fieldIds')} change="removed" left={p} right={null} />)}
        {diff.fields.added.map((p) => <Row key={`fa-${p}`} what={t('agenda.field.fieldIds')} change="added" left={null} right={p} />)}
      </SideTable>
      {(['goals', 'measures', 'indicators'] as const).map((k) => (
        <SideTable key={k} title={t(`agenda.compare.${k}`)} left={left} right={right} empty={!diff[k].length}>
          {diff[k].map((item) => <ItemRows key={item.id} item={item} />)}
        </SideTable>
      ))}
    </>
  );
}

function SideTable({ title, left, right, empty, children }: { title: string; left: string; right: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="cdo-agenda-diff">
      <h3 className="kern-heading-small">{title}</h3>
      {empty ? <p className="kern-body kern-body--muted">{t('agenda.compare.noChange')}</p> : (
        <table className="kern-table kern-table--small cdo-agenda-diff__table">
          <caption className="kern-sr-only">{t('agenda.compare.caption', { what: title, left, right })}</caption>
          <colgroup><col className="cdo-agenda-diff__what" /><col /><col /></colgroup>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('agenda.compare.what')}</th>
              <th scope="col" className="kern-table__header">{left}</th>
              <th scope="col" className="kern-table__header">{right}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">{children}</tbody>
        </table>
      )}
    </div>
  );
}

function Badge({ change }: { change: ItemChange['change'] }) {
  const { t } = useTranslation();
  const cls = change === 'added' ? 'kern-badge--success' : change === 'removed' ? 'kern-badge--danger' : 'kern-badge--info';
  return <span className={`kern-badge kern-badge--small cdo-badge ${cls}`}><span className="kern-label">{t(`agenda.compare.${change}`)}</span></span>;
}

function Row({ what, change, left, right }: { what: React.ReactNode; change: ItemChange['change']; left: string | null; right: string | null }) {
  return (
    <tr className={`kern-table__row cdo-agenda-diff__row--${change}`}>
      <th scope="row" className="kern-table__header">{what} <Badge change={change} /></th>
      <td className="kern-table__cell cdo-agenda-prose">{left ?? '—'}</td>
      <td className="kern-table__cell cdo-agenda-prose">{right ?? '—'}</td>
    </tr>
  );
}

function ChangeRow({ label, change }: { label: string; change: FieldChange }) {
  return <Row what={label} change="changed" left={change.before} right={change.after} />;
}

function ItemRows({ item }: { item: ItemChange }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const head = <>{item.title}{item.context ? <span className="kern-body kern-body--small kern-body--muted cdo-block">{item.context}</span> : null}</>;
  if (item.change === 'added') return <Row what={head} change="added" left={null} right={item.title} />;
  if (item.change === 'removed') return <Row what={head} change="removed" left={item.title} right={null} />;
  const label = (f: string) => t(`agenda.compare.field.${f}`, { defaultValue: f });
  // Stored codes (level, kind) read as words; dates as TT.MM.JJJJ; numbers with German separators.
  const shown = (field: string, v: string | null) => {
    if (v === null) return '—';
    if (field === 'level') return t(`agenda.level.${v}`);
    if (field === 'kind') return t(`agenda.goal.kind.${v}`);
    if (field.endsWith('On')) return formatDate(v, lang);
    if ((field === 'baseline' || field === 'target') && !Number.isNaN(Number(v))) return formatNumber(Number(v), lang);
    return v;
  };
  return (
    <tr className="kern-table__row cdo-agenda-diff__row--changed">
      <th scope="row" className="kern-table__header">{head} <Badge change="changed" /></th>
      <td className="kern-table__cell">{item.changes.map((c) => <p key={c.field} className="cdo-agenda-prose cdo-agenda-diff__change"><strong>{label(c.field)}:</strong> {shown(c.field, c.before)}</p>)}</td>
      <td className="kern-table__cell">{item.changes.map((c) => <p key={c.field} className="cdo-agenda-prose cdo-agenda-diff__change"><strong>{label(c.field)}:</strong> {shown(c.field, c.after)}</p>)}</td>
    </tr>
  );
}
