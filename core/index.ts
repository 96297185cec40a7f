/**
 * core/: the cockpit's logic in plain Node, one folder per feature, behind the
 * dispatcher. Imports api/ and db/ only — never electron/, host/ or renderer/,
 * and it never opens dialogs: files arrive as paths from trusted shells or as bytes.
 */
export { Core, type CoreOptions } from './core.ts';
export { createDispatcher, type Dispatcher, type CallMeta } from './dispatcher.ts';
export { openWorkspaceFile, createWorkspaceFor } from './workspaces/workspaces.ts';
export { createDemoWorkspace, openOrCreateDemo } from './demo/musterstadt.ts';
export { message, type Lang } from './messages.ts';
export { foldGerman } from './fold.ts';
export { defaultDataDir } from './data-dir.ts';
export { startCoreWorker, type CoreWorker } from './worker-client.ts';
export { APP_VERSION } from './about/about.ts';
