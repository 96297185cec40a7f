/** The phase chart's height, shared with the space kept for it while it loads (no jump when it arrives). */
export const phaseChartHeight = (rowCount: number): number => Math.max(220, rowCount * 44 + 96);
