// Starts the bundled kill-test child with a V8 code cache beside it, so each of
// the hundreds of fresh children skips compiling the 5 MB bundle (about a third
// of its start-up CPU). Node 20 has no built-in compile cache (22.1+ has).
//   node kill-loader.cjs <bundle.cjs> --make-cache   compile only, write <bundle>.v8cache
//   node kill-loader.cjs <bundle.cjs> <child args…>  run the child
'use strict';
const { Script } = require('node:vm');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');

const file = process.argv[2];
const cacheFile = `${file}.v8cache`;
const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
if (process.argv[3] === '--make-cache') {
  writeFileSync(cacheFile, script.createCachedData());
} else {
  // The child sees its own arguments at argv[2…], as if started directly.
  process.argv.splice(1, 1);
  const mod = new Module(file, null);
  mod.filename = file;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
}
