/**
 * The power/interest grid's vocabulary: which quadrant a score pair falls in,
 * the attitude colours, and clamping a score to the 1–5 scale.
 */
import { STAKEHOLDER_LIMITS, type Attitude } from '../../../api/index.ts';

export type Quadrant = 'manage' | 'satisfy' | 'inform' | 'monitor';

/** "High" is 4 or 5: a middle score of 3 stays on the low side, so every point lies inside one quadrant, never on a line. */
export const HIGH_FROM = 4;

export function quadrantOf(influence: number, interest: number): Quadrant {
  const power = influence >= HIGH_FROM;
  const cares = interest >= HIGH_FROM;
  if (power) return cares ? 'manage' : 'satisfy';
  return cares ? 'inform' : 'monitor';
}

export const clampScore = (n: number): number => Math.min(STAKEHOLDER_LIMITS.scoreMax, Math.max(STAKEHOLDER_LIMITS.scoreMin, Math.round(n)));

/** From green (in favour) to red (against); each distinct in lightness too, for grey-scale printouts. */
export const ATTITUDE_COLORS: Record<Attitude, string> = {
  champion: '#1b6b36',
  supporter: '#5aa469',
  neutral: '#8a8f99',
  critic: '#d98a1c',
  blocker: '#b3261e',
};
