#!/usr/bin/env node
// The registry this project installs from serves only some platforms' builds of @node-rs/jieba, so npm leaves
// the others out of package-lock.json and `npm ci` then refuses the lock as out of sync. This adds an entry,
// restricted to its own os/cpu, for every optional platform package the lock lacks; npm skips them on other machines.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const platforms = {
  'android-arm-eabi': ['android', 'arm'],
  'android-arm64': ['android', 'arm64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'linux-arm-gnueabihf': ['linux', 'arm'],
  'linux-arm64-gnu': ['linux', 'arm64'],
  'linux-arm64-musl': ['linux', 'arm64'],
  'linux-x64-gnu': ['linux', 'x64'],
  'linux-x64-musl': ['linux', 'x64'],
  'win32-arm64-msvc': ['win32', 'arm64'],
  'win32-ia32-msvc': ['win32', 'ia32'],
  'win32-x64-msvc': ['win32', 'x64'],
};
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!/^node_modules\/@node-rs\/jieba$/.test(path)) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platforms[name.replace(/^@node-rs\/jieba-/, '')];
    if (lock.packages[key] || !platform) continue;
    lock.packages[key] = { version, optional: true, os: [platform[0]], cpu: [platform[1]] };
    added++;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} platform entries`);
