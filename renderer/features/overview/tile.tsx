/** One tile of Übersicht: heading, a short description, then a figure or short list and a link to act. */
import type { ReactNode } from 'react';

export function Tile({ id, title, desc, children }: { id: string; title: string; desc: string; children: ReactNode }) {
  return (
    <section className="cdo-tile" aria-labelledby={`tile-${id}`}>
      <h2 className="cdo-tile__title" id={`tile-${id}`}>{title}</h2>
      <p className="cdo-tile__desc">{desc}</p>
      {children}
    </section>
  );
}
