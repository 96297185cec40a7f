/**
 * A message carried from one view to the next (after saving or deleting, the
 * list says what happened). Shown once: the view clears it after reading.
 */
export interface Flash {
  text: string;
  /** Offer "Rückgängig" next to the message. */
  undoable: boolean;
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/** Reads without clearing: React may run a state initialiser twice. */
export function peekFlash(): Flash | null {
  return pending;
}

export function clearFlash(): void {
  pending = null;
}
