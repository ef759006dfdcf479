#!/usr/bin/env node
/**
 * Refreshes `lexicons/sdks.json`: the entries (names, aliases, vendors, categories) are written
 * by hand; this script adds the Java package prefixes that the two SDK catalogues in the
 * lexicon-sources folder know for each entry, checks that no form names two SDKs, and writes
 * the file back in its usual layout. Running it twice changes nothing.
 *
 *   node scripts/build-sdk-lexicon.mjs [sourceFolder]     (default: ../shared/lexicon-sources)
 *   node scripts/build-sdk-lexicon.mjs [sourceFolder] --check   (report only, write nothing)
 *
 * Catalogues (facts only: names and package signatures):
 *   sdks-exodus-trackers.json  Exodus Privacy tracker list: `codeSignatures` are package prefixes.
 *   sdks-libchecker.json       LibChecker rules: `dexPackage` signatures are package prefixes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const sourceDir = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'lexicon-sources'));
const lexiconPath = join(root, 'lexicons', 'sdks.json');

/**
 * Which catalogue entries describe which lexicon entry. Only one-to-one matches are listed:
 * Exodus's "Huawei Mobile Services (HMS) Core" lumps push, location, analytics and ads
 * together, so its prefixes are split by hand across the huawei-* entries instead.
 */
const CATALOGUE_NAMES = {
  'umeng': { exodus: ['Umeng Analytics'] },
  'tencent-bugly': { exodus: ['Bugly'], libchecker: ['Bugly'] },
  'xiaomi-push': { libchecker: ['MiPush'] },
  'pangle': { exodus: ['Pangle'] },
  'mintegral': { exodus: ['Mintegral', 'Mobvista'] },
  'ijkplayer': { libchecker: ['IJKPlayer'] },
  'baidu-union': { exodus: ['Baidu Mobile Ads'] },
  'facebook-login': { exodus: ['Facebook Login'] },
  'amap': { exodus: ['AutoNavi / Amap'], libchecker: ['高德 SDK'] },
  'jpush': { exodus: ['JiGuang Aurora Mobile JPush'] },
  'tencent-mta': { exodus: ['Tencent MTA', 'Tencent Stats'] },
  'talkingdata': { exodus: ['TalkingData'] },
  'sensors-data': { exodus: ['Sensors Analytics'] },
  'baidu-mobstat': { exodus: ['Baidu Mobile Stat'] },
  'firebase-analytics': { exodus: ['Google Firebase Analytics'] },
  'google-analytics': { exodus: ['Google Analytics'] },
  'firebase': { libchecker: ['Firebase'] },
  'firebase-crashlytics': { exodus: ['Google CrashLytics'] },
  'sentry': { exodus: ['Sentry'] },
  'bugsnag': { exodus: ['Bugsnag'] },
  'appsflyer': { exodus: ['AppsFlyer'] },
  'adjust': { exodus: ['Adjust'] },
  'mixpanel': { exodus: ['MixPanel'] },
  'flurry': { exodus: ['Flurry'] },
  'onesignal': { exodus: ['OneSignal'] },
  'google-admob': { exodus: ['Google AdMob'] },
  'applovin': { exodus: ['AppLovin (MAX and SparkLabs)'] },
  'meta-audience-network': { exodus: ['Facebook Ads', 'Facebook Audience'] },
  'unity-ads': { exodus: ['Unity3d Ads'] },
  'ironsource': { exodus: ['ironSource'] },
  'vungle': { exodus: ['Vungle'] },
  'chartboost': { exodus: ['ChartBoost'] },
  'inmobi': { exodus: ['Inmobi'] },
  'baidu-map': { exodus: ['Baidu Map', 'Baidu Maps', 'Baidu Navigation'] },
  'baidu-location': { exodus: ['Baidu Location'] },
  'tencent-map': { libchecker: ['腾讯地图 SDK'] },
  'tencent-location': { exodus: ['Tencent Map LBS'] },
  'mapbox': { exodus: ['Mapbox'] },
  'weibo': { libchecker: ['微博 SDK'] },
  'facebook-sdk': { exodus: ['Facebook Share'] },
  'facebook-app-events': { exodus: ['Facebook Analytics'] },
  'exoplayer': { libchecker: ['ExoPlayer'] },
  'tencent-x5': { libchecker: ['TBS'] },
  'huawei-analytics': { libchecker: ['HMS Analytics Kit'] },
  'google-play-services': { libchecker: ['Google Mobile Service'] },
};

/** Catalogue signatures that are not a prefix of this SDK alone (Mapbox's telemetry modules). */
const EXCLUDED_PACKAGES = new Set(['com.mapbox.mapboxsdk.module.telemetry', 'com.mapbox.android.telemetry']);

/**
 * A signature as a package prefix (trailing dot dropped), or null when it names a class:
 * cutting `com.baidu.BaiduMap` back to its package would leave `com.baidu`, all of Baidu.
 */
function packagePrefix(signature) {
  const parts = signature.replace(/\.+$/, '').split('.');
  if (parts.length < 2 || parts.some((p) => p === '' || /^[A-Z]/.test(p))) return null;
  return parts.join('.');
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Package prefixes per lexicon id, from the catalogues. */
function cataloguePackages() {
  const out = new Map();
  if (!existsSync(join(sourceDir, 'sdks-exodus-trackers.json'))) {
    process.stderr.write(`no catalogues in ${sourceDir}: packages left as they are\n`);
    return out;
  }
  const exodus = new Map(readJson(join(sourceDir, 'sdks-exodus-trackers.json')).trackers.map((t) => [t.name, t]));
  const libchecker = new Map();
  for (const s of readJson(join(sourceDir, 'sdks-libchecker.json')).sdks) {
    if (!libchecker.has(s.label)) libchecker.set(s.label, []);
    libchecker.get(s.label).push(s);
  }
  for (const [id, names] of Object.entries(CATALOGUE_NAMES)) {
    const found = [];
    for (const name of names.exodus ?? []) {
      const t = exodus.get(name);
      if (!t) throw new Error(`${id}: no Exodus tracker named ${JSON.stringify(name)}`);
      found.push(...t.codeSignatures);
    }
    for (const label of names.libchecker ?? []) {
      const rules = libchecker.get(label);
      if (!rules) throw new Error(`${id}: no LibChecker label ${JSON.stringify(label)}`);
      for (const r of rules) found.push(...(r.signatures?.dexPackage ?? []));
    }
    const prefixes = found.map(packagePrefix).filter((p) => p && !EXCLUDED_PACKAGES.has(p));
    out.set(id, [...new Set(prefixes)]);
  }
  return out;
}

/** Lower-cased key under which the matcher would file a form (close enough for a clash check). */
function formKey(form) {
  const f = form.normalize('NFKC').toLowerCase();
  return /[\u3400-\u9fff]/.test(f) ? f : f.split(/[^a-z0-9\u00c0-\u024f]+/).filter(Boolean).join(' ');
}

function uniqueCaseless(list, skip = new Set()) {
  const seen = new Set(skip);
  return list.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const FIELD_ORDER = ['id', 'name', 'label', 'vendor', 'category', 'platforms', 'aliases', 'packages', 'privacyUrl', 'note', 'override'];

function layout(file) {
  const entry = (e) => '    {\n' + FIELD_ORDER.filter((k) => e[k] !== undefined).map((k) => `      ${JSON.stringify(k)}: ${JSON.stringify(e[k])}`).join(',\n') + '\n    }';
  const head = ['kind', 'source', 'description'].filter((k) => file[k] !== undefined).map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(file[k])},`);
  return `{\n${head.join('\n')}\n  "entries": [\n${file.entries.map(entry).join(',\n')}\n  ]\n}\n`;
}

const file = readJson(lexiconPath);
const fromCatalogues = cataloguePackages();
const owner = new Map();
const problems = [];
let added = 0;
for (const e of file.entries) {
  e.aliases = uniqueCaseless(e.aliases ?? [], new Set([e.name.toLowerCase()]));
  const extra = (fromCatalogues.get(e.id) ?? []).filter((p) => !(e.packages ?? []).includes(p));
  added += extra.length;
  if (extra.length) process.stdout.write(`  ${e.id}: + ${extra.join(', ')}\n`);
  const packages = uniqueCaseless([...(e.packages ?? []), ...extra]);
  if (packages.length) e.packages = packages;
  const forms = [e.name, ...e.aliases, ...(e.packages ?? [])];
  for (const f of forms) {
    const k = formKey(f);
    const prior = owner.get(k);
    if (prior !== undefined && prior !== e.id) problems.push(`"${f}" names both ${prior} and ${e.id}`);
    owner.set(k, e.id);
  }
}
if (problems.length) {
  process.stderr.write(problems.join('\n') + '\n');
  process.exit(1);
}
process.stdout.write(`sdks.json: ${file.entries.length} entries, ${added} package prefixes added from the catalogues\n`);
if (!checkOnly) writeFileSync(lexiconPath, layout(file));
