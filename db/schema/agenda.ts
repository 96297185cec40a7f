/** The digital agenda: goals, indicators, versions (filled by the agenda work). */
export {};
