/** The workspace schema. db/ imports only drizzle-orm and better-sqlite3. */
export * from './workspace.ts';
export * from './portfolio.ts';
export * from './changes.ts';
export * from './reference.ts';
export * from './steering.ts';
export * from './agenda.ts';
export * from './peers.ts';
export * from './strategy.ts';
export * from './ecosystem.ts';
export * from './digicheck.ts';
export * from './value.ts';
