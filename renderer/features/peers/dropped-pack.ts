/**
 * A .cdopack dropped onto the peer view, handed to the import page (which
 * reads it once). Module state, like the flash message: one hand-over, no store.
 */
let pending: File | null = null;

export function handOverPack(file: File): void {
  pending = file;
}

/** Read without clearing (React may run a state initialiser twice); the import page clears it once mounted. */
export const peekDroppedPack = (): File | null => pending;

export function clearDroppedPack(): void {
  pending = null;
}

export const isPackFile = (name: string) => name.toLowerCase().endsWith('.cdopack');
