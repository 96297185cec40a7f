/**
 * One list of a value proposition (e.g. Probleme or Problemlöser) as an
 * ordered list, most important first: add, edit and delete inline, move up
 * and down with buttons (keyboard), and on our side choose by checkbox what
 * an item answers. No drag-only interaction.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIT_PAIRS, isOurKind, type OurKind, type ValueItem, type ValueKind, type ValueProposition } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { useWrite } from '../../components/use-write.ts';

export interface ListEvents {
  /** A polite message for screen readers and a visible notice (moves, duplicates). */
  announce(text: string): void;
  /** A refused write: shown as an alert above the columns. */
  failed(message: string): void;
}

const itemId = (id: string, part: string) => `value-item-${id}-${part}`;

export function ItemList({ proposition, kind, events }: { proposition: ValueProposition; kind: ValueKind; events: ListEvents }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const items = proposition.items.filter((i) => i.kind === kind);
  const [newText, setNewText] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; text: string; error: string | null } | null>(null);
  const [linking, setLinking] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The control to focus once the reloaded list is shown (a moved item's button, the heading after a delete). */
  const pendingFocus = useRef<{ ids: string[]; before: string } | null>(null);
  const headingId = `value-list-${kind}`;
  const editRef = useRef<HTMLInputElement>(null);
  const editingId = editing?.id ?? null;

  // Editing starts in the text field; ending it returns to the item's edit button.
  useEffect(() => {
    if (editingId) editRef.current?.focus();
  }, [editingId]);

  function cancelEdit() {
    const id = editingId;
    setEditing(null);
    if (id) requestAnimationFrame(() => document.getElementById(itemId(id, 'edit'))?.focus());
  }

  // Every write marks the proposition changed: once the reloaded one is shown, focus what was asked for.
  const shownAt = proposition.updatedAt;
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted || wanted.before === shownAt) return;
    pendingFocus.current = null;
    const target = wanted.ids.map((id) => document.getElementById(id)).find((el) => el && !(el as HTMLButtonElement).disabled);
    (target ?? headingRef.current)?.focus();
  }, [shownAt]);

  const focusAfterWrite = (ids: string[]) => {
    pendingFocus.current = { ids, before: shownAt };
  };

  async function add(e: React.FormEvent) {
    e.preventDefault();
    const r = await write(api.saveValueItem({ propositionId: proposition.id, kind, text: newText }));
    if (!r.ok) {
      setAddError(r.issues.find((i) => i.path === 'text')?.message ?? r.message);
      return;
    }
    setNewText('');
    setAddError(null);
    const added = r.value.items.filter((i) => i.kind === kind).at(-1);
    if (added?.duplicate) events.announce(t('value.item.duplicateSaved', { text: added.text }));
  }

  async function move(item: ValueItem, step: -1 | 1) {
    const ids = items.map((i) => i.id);
    const from = ids.indexOf(item.id);
    const to = from + step;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    const dir = step < 0 ? 'up' : 'down';
    focusAfterWrite([itemId(item.id, dir), itemId(item.id, dir === 'up' ? 'down' : 'up')]);
    const r = await write(api.reorderValueItems({ propositionId: proposition.id, kind, ids }));
    if (r.ok) events.announce(t('value.item.moved', { text: item.text, rank: to + 1 }));
    else {
      pendingFocus.current = null;
      events.failed(r.message);
    }
  }

  async function saveEdit() {
    if (!editing) return;
    if (editing.text.trim() === items.find((i) => i.id === editing.id)?.text) {
      cancelEdit();
      return;
    }
    const r = await write(api.saveValueItem({ id: editing.id, propositionId: proposition.id, kind, text: editing.text }));
    if (!r.ok) {
      setEditing({ ...editing, error: r.issues.find((i) => i.path === 'text')?.message ?? r.message });
      return;
    }
    focusAfterWrite([itemId(editing.id, 'edit')]);
    setEditing(null);
    const saved = r.value.items.find((i) => i.id === editing.id);
    if (saved?.duplicate) events.announce(t('value.item.duplicateSaved', { text: saved.text }));
  }

  async function remove(item: ValueItem) {
    focusAfterWrite([]);
    const r = await write(api.deleteValueItem({ id: item.id }));
    if (!r.ok) {
      pendingFocus.current = null;
      events.failed(r.message);
    }
  }

  return (
    <section className="cdo-value-list" aria-labelledby={headingId}>
      <h3 className="kern-heading-small cdo-value-list__title" id={headingId} ref={headingRef} tabIndex={-1}>
        {t(`value.list.${kind}`)} <span className="cdo-value-list__count">({items.length})</span>
      </h3>
      <p className="kern-body kern-body--small kern-body--muted cdo-value-list__hint">{t(`value.listHint.${kind}`)}</p>
      {items.length === 0 ? <p className="kern-body kern-body--small cdo-value-list__empty">{t(`value.listEmpty.${kind}`)}</p> : (
        <ol className="cdo-value-items" aria-labelledby={headingId}>
          {items.map((item, n) => (
            <li key={item.id} className="cdo-value-item" data-id={item.id}>
              <span className="cdo-value-item__rank" title={t('value.item.rank', { rank: item.rank })}>{item.rank}</span>
              <div className="cdo-value-item__body">
                {editing?.id === item.id ? (
                  <form className="cdo-value-item__edit" onSubmit={(e) => { e.preventDefault(); void saveEdit(); }}>
                    <FormField id={itemId(item.id, 'text')} label={t('value.item.textLabel', { text: item.text })} error={editing.error}>
                      {({ invalid, ...p }) => <input {...p} ref={editRef} className={inputClass(invalid)} value={editing.text} maxLength={1000}
                        onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); cancelEdit(); } }}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })} />}
                    </FormField>
                    <div className="kern-btn-wrapper">
                      <button type="submit" className="kern-btn kern-btn--primary kern-btn--small"><span className="kern-label">{t('value.item.save')}</span></button>
                      <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={cancelEdit}><span className="kern-label">{t('value.item.cancel')}</span></button>
                    </div>
                  </form>
                ) : (
                  <>
                    <span className="kern-body cdo-value-item__text">
                      {item.text}
                      {item.duplicate ? <span className="kern-badge kern-badge--warning kern-badge--small cdo-value-item__badge"><span className="kern-label kern-label--small">{t('value.item.duplicate')}</span></span> : null}
                    </span>
                    <div className="cdo-value-item__meta">
                      <Answers proposition={proposition} item={item} />
                      <div className="cdo-value-item__actions">
                        <IconButton id={itemId(item.id, 'up')} icon="arrow-up" label={t('value.item.up', { text: item.text })} disabled={n === 0} onClick={() => void move(item, -1)} />
                        <IconButton id={itemId(item.id, 'down')} icon="arrow-down" label={t('value.item.down', { text: item.text })} disabled={n === items.length - 1} onClick={() => void move(item, 1)} />
                        <IconButton id={itemId(item.id, 'edit')} icon="edit" label={t('value.item.edit', { text: item.text })} onClick={() => setEditing({ id: item.id, text: item.text, error: null })} />
                        <IconButton id={itemId(item.id, 'delete')} icon="delete" label={t('value.item.delete', { text: item.text })} onClick={() => void remove(item)} />
                        {isOurKind(kind) ? (
                          <button type="button" id={itemId(item.id, 'link')} className="kern-btn kern-btn--secondary kern-btn--x-small cdo-value-item__link"
                            aria-expanded={linking === item.id} aria-controls={itemId(item.id, 'fits')} aria-label={t('value.item.linkOf', { text: item.text })}
                            onClick={() => setLinking(linking === item.id ? null : item.id)}>
                            <span className="kern-label kern-label--small">{t('value.item.link')}</span>
                          </button>
                        ) : null}
                      </div>
                    </div>
                  </>
                )}
              </div>
              {isOurKind(kind) && linking === item.id ? (
                <FitChooser proposition={proposition} item={item} kind={kind} events={events} onDone={() => { setLinking(null); document.getElementById(itemId(item.id, 'link'))?.focus(); }} />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <form className="cdo-value-add" onSubmit={(e) => void add(e)} noValidate>
        <FormField id={`value-add-${kind}`} label={t(`value.add.${kind}`)} error={addError}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={newText} maxLength={1000} onChange={(e) => setNewText(e.target.value)} />}
        </FormField>
        <button type="submit" className="kern-btn kern-btn--secondary kern-btn--small cdo-value-add__button" aria-label={t('value.add.buttonOf', { kind: t(`value.kind.${kind}`) })}>
          <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t('value.add.button')}</span>
        </button>
      </form>
    </section>
  );
}

function IconButton({ id, icon, label, disabled, onClick }: { id: string; icon: string; label: string; disabled?: boolean; onClick(): void }) {
  return (
    <button type="button" id={id} className="kern-btn kern-btn--tertiary kern-btn--x-small" title={label} aria-label={label} disabled={disabled} onClick={onClick}>
      <span className={`kern-icon kern-icon--${icon} kern-icon--small`} aria-hidden="true" />
    </button>
  );
}

/** Under an item, in words: what answers it (their side) or what it answers (our side). */
function Answers({ proposition, item }: { proposition: ValueProposition; item: ValueItem }) {
  const { t } = useTranslation();
  const textOf = new Map(proposition.items.map((i) => [i.id, i.text]));
  if (isOurKind(item.kind)) {
    const list = proposition.fits.filter((f) => f.ourItemId === item.id).map((f) => textOf.get(f.theirItemId) ?? '');
    return (
      <span className={`kern-body kern-body--small cdo-value-item__answers${list.length ? '' : ' cdo-value-item__answers--none'}`}>
        {list.length ? t(`value.item.answers.${item.kind}`, { list: list.join('; ') }) : t(`value.item.answersNone.${item.kind}`)}
      </span>
    );
  }
  const list = proposition.fits.filter((f) => f.theirItemId === item.id).map((f) => textOf.get(f.ourItemId) ?? '');
  return (
    <span className={`kern-body kern-body--small cdo-value-item__answers${list.length ? '' : ' cdo-value-item__answers--open'}`}>
      {list.length ? t(`value.item.coveredBy.${item.kind}`, { list: list.join('; ') }) : t('value.item.open')}
    </span>
  );
}

/** Checkboxes for the target group's items of the matching kind: checking one links it at once (undoable). */
function FitChooser({ proposition, item, kind, events, onDone }: { proposition: ValueProposition; item: ValueItem; kind: OurKind; events: ListEvents; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const theirs = proposition.items.filter((i) => i.kind === FIT_PAIRS[kind]);
  const fitTo = new Map(proposition.fits.filter((f) => f.ourItemId === item.id).map((f) => [f.theirItemId, f.id]));
  // A box follows the click at once; the reloaded proposition (a newer updatedAt) takes over from there.
  const [clicked, setClicked] = useState<{ at: string; checked: Record<string, boolean> }>({ at: '', checked: {} });
  const shown = clicked.at === proposition.updatedAt ? clicked.checked : {};
  const isChecked = (theirId: string) => shown[theirId] ?? fitTo.has(theirId);

  async function toggle(theirId: string, checked: boolean) {
    setClicked({ at: proposition.updatedAt, checked: { ...shown, [theirId]: checked } });
    const fitId = fitTo.get(theirId);
    const r = checked ? await write(api.saveValueFit({ ourItemId: item.id, theirItemId: theirId }))
      : fitId ? await write(api.deleteValueFit({ id: fitId })) : null;
    if (r && !r.ok) {
      setClicked({ at: '', checked: {} });
      events.failed(r.message);
    }
  }

  return (
    <fieldset className="kern-fieldset cdo-value-fits" id={itemId(item.id, 'fits')}>
      <legend className="kern-label">{t(`value.item.fitLegend.${kind}`)}</legend>
      <div className="kern-fieldset__body">
        {theirs.length === 0 ? <p className="kern-body kern-body--small">{t(`value.item.fitNone.${kind}`)}</p> : theirs.map((their) => (
          <div key={their.id} className="kern-form-check">
            <input id={itemId(item.id, `fit-${their.id}`)} type="checkbox" className="kern-form-check__checkbox" checked={isChecked(their.id)}
              onChange={(e) => void toggle(their.id, e.target.checked)} />
            <label className="kern-label" htmlFor={itemId(item.id, `fit-${their.id}`)}>{their.rank}. {their.text}</label>
          </div>
        ))}
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={onDone}><span className="kern-label">{t('value.item.fitDone')}</span></button>
      </div>
    </fieldset>
  );
}
