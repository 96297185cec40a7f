/**
 * Mounts its children once their place on the page comes near the viewport,
 * showing `placeholder` there until then. A long page of heavy parts — the six
 * portfolio charts over 10,000 measures — then asks the core only for what the
 * user is about to see: the first chart draws at once instead of waiting in
 * the queue behind five others, and each further one starts loading a little
 * before it is scrolled into view. Where there is no IntersectionObserver
 * (jsdom in the tests) everything mounts at once.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How far below (and above) the viewport a part starts loading. */
const AHEAD = '0px 0px 240px 0px';

export function WhenNear({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: AHEAD });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return near ? children : <div ref={ref}>{placeholder}</div>;
}
