import { v7 as uuidv7 } from 'uuid';

/** Time and ids come from here, so tests and the demo can make them reproducible. */
export interface Clock {
  now(): string;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  newId: () => uuidv7(),
};
