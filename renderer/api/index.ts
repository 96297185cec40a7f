/**
 * renderer/api: how the React app reaches the core. It imports only the shared
 * contract in api/ — never core/, db/, electron/, host/ or node:*.
 */
export { chooseTransport, httpTransport, ipcTransport, takeToken, type DesktopBridge } from './transports.ts';
export { ApiProvider, useApi, useCockpitEvent, useDataVersion, useLoad, type Loaded } from './api-context.tsx';
