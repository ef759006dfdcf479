#!/usr/bin/env node
/**
 * Adds lock entries for platform-specific optional dependencies that the registry mirror
 * of our build machines does not serve (e.g. `@node-rs/jieba-darwin-arm64`). npm leaves them
 * out of package-lock.json, and `npm ci` then refuses the lock as out of sync. The entries
 * added here carry the platform (os / cpu / libc) read from the package name, so npm skips
 * them on every other platform and fetches them as usual where they apply.
 *
 *   node scripts/complete-lockfile.mjs   # after any `npm install` that rewrote the lock
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(path, 'utf8'));
const OS = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm', 'arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasm32', 'mips64el'];

/** Platform fields from a name like `@scope/pkg-linux-arm64-musl`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const out = {};
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (os) out.os = [os];
  if (cpu) out.cpu = [cpu];
  if (parts.some((p) => p === 'gnu' || p === 'gnueabihf')) out.libc = ['glibc'];
  if (parts.some((p) => p === 'musl' || p === 'musleabihf')) out.libc = ['musl'];
  return out.os || out.cpu ? out : null;
}

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = key ? `${key}/node_modules/${dep}` : `node_modules/${dep}`;
    if (lock.packages[base] || lock.packages[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    lock.packages[`node_modules/${dep}`] = { version: spec, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`complete-lockfile: added ${added} platform entries\n`);
