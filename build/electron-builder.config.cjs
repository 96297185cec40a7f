// electron-builder configuration for the desktop installers (`npm run package`).
// Packaging needs the Electron download and runs on a machine with internet;
// tests/unit/builder-config.test.ts validates this file against
// electron-builder's own schema and checks the settings that matter.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'de.cdo-cockpit.app',
  productName: 'CDO-Cockpit',
  copyright: 'EUPL-1.2 – CDO-Cockpit',
  directories: { buildResources: 'build', output: 'release' },

  // The bundles (main, preload, core worker, CLI) and the built renderer; the
  // production dependencies (better-sqlite3 and friends) are added by the builder.
  // Not the worker's V8 code cache: made by the build's Node, Electron's V8 would refuse it.
  files: ['dist/**', '!dist/**/*.map', '!dist/**/*.v8', 'package.json'],
  asar: true,
  // Native code cannot be loaded from inside the archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  // better-sqlite3 is rebuilt against Electron's ABI, not the Node that runs the build.
  npmRebuild: true,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,

  // Read at run time from process.resourcesPath (see electron/main.ts: CDO_MIGRATIONS_DIR, CDO_REFERENCE_DIR).
  extraResources: [
    { from: 'db/migrations', to: 'migrations', filter: ['**/*'] },
    { from: 'db/reference/data', to: 'reference', filter: ['**/*'] },
  ],

  // No update server: the app never looks for updates on its own (QUALITY.md "No network");
  // IT rolls out a new installer over the old one (docs/installing.md).
  publish: null,

  // Document icons: build/<icon>.ico (Windows) and .icns (macOS), made by build/make-document-icons.mjs;
  // Linux desktops show the app icon.
  fileAssociations: [
    { ext: 'cdo', name: 'CDO-Arbeitsbereich', description: 'CDO-Cockpit Arbeitsbereich', role: 'Editor', mimeType: 'application/x-cdo-workspace', icon: 'cdo' },
    { ext: 'cdopack', name: 'CDO-Peer-Paket', description: 'CDO-Cockpit Peer-Paket', role: 'Viewer', mimeType: 'application/x-cdo-pack', icon: 'cdopack' },
  ],

  // Hardening of the Electron binary itself: it cannot be used as a Node
  // runtime, ignores NODE_OPTIONS and --inspect, and only runs our checked app.asar.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },

  win: {
    icon: 'build/icon.png',
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
  },
  nsis: {
    // Installs per user, without admin rights: municipal PCs are often locked down.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['de_DE'],
    language: '1031',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'CDO-Cockpit',
    artifactName: '${productName}-Setup-${version}.${ext}',
    // Uninstalling keeps the workspaces and their backups in %APPDATA%\CDO-Cockpit.
    deleteAppDataOnUninstall: false,
  },
  msi: {
    // The MSI is for IT departments rolling the app out centrally (per machine).
    oneClick: false,
    perMachine: true,
    // Software distribution installs as SYSTEM: the app must not start in that account afterwards.
    runAfterFinish: false,
    // Pinned (the value electron-builder derives from appId) so every later MSI upgrades this one
    // in place, and IT can find the product by it; docs/installing.md names it.
    upgradeCode: 'A61FD2C7-5048-5333-84F4-E71363BFBBD3',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'CDO-Cockpit',
    artifactName: '${productName}-${version}.${ext}',
  },

  mac: {
    icon: 'build/icon.png',
    category: 'public.app-category.productivity',
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
  },
  dmg: { title: '${productName} ${version}' },

  linux: {
    icon: 'build/icon.png',
    category: 'Office',
    synopsis: 'Steuerungscockpit für die Digitalisierung einer Kommune',
    target: ['AppImage', 'deb'],
    maintainer: 'CDO-Cockpit',
  },
};
