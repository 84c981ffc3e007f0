#!/usr/bin/env node
// Builds faces.tsv: one row per (set, emoji) for face-like emoji, with attribute labels.
// Usage: node face_index.js <emoji-datasource emoji.json> <iconify x dir> > faces.tsv
// An Iconify set that is not unpacked in the x dir is left out; noto and fluent-emoji-flat are needed (name maps).
const fs = require('fs');
const [,, emojiJson, xdir] = process.argv;
const E = JSON.parse(fs.readFileSync(emojiJson, 'utf8'));
const FACE_SUB = /^(face-|cat-face|monkey-face)/;
const PERSON_SUB = /^(person|person-role)$/;
const rows = []; // {cp, name, sub}
for (const e of E) {
  const sub = e.subcategory;
  const isFace = FACE_SUB.test(sub) || (sub === 'animal-mammal' && /FACE/.test(e.name));
  const isPerson = PERSON_SUB.test(sub);
  if (!isFace && !isPerson) continue;
  rows.push({ cp: e.unified.toLowerCase(), name: e.name.toLowerCase(), sub, tone: '' });
  for (const [k, v] of Object.entries(e.skin_variations || {})) {
    if (k.includes('-')) continue; // skip two-tone combos
    rows.push({ cp: v.unified.toLowerCase(), name: e.name.toLowerCase(), sub, tone: k });
  }
}
function attrs(r) {
  const n = r.name, a = [];
  if (/sunglasses/.test(n)) a.push('sunglasses');
  if (/nerd|monocle|disguised/.test(n)) a.push('glasses');
  if (/smil|grin|laugh|joy|beaming|rolling/.test(n)) a.push('smiling');
  if (/tongue|yum/.test(n)) a.push('tongue');
  if (/heart/.test(n)) a.push('hearts');
  if (/cat|kitten/.test(n) && !/scat/.test(n)) a.push('cat');
  if (/\bman\b|\bmen\b|boy|\bmale\b/.test(n) && !/woman/.test(n)) a.push('male');
  if (/woman|women|girl|female/.test(n)) a.push('female');
  if (/beard/.test(n)) a.push('beard');
  if (/older|old /.test(n)) a.push('old');
  if (/baby|child|boy|girl/.test(n)) a.push('young');
  if (/red hair/.test(n)) a.push('red_hair');
  if (/curly/.test(n)) a.push('curly_hair');
  if (/white hair/.test(n)) a.push('white_hair');
  if (/bald/.test(n)) a.push('bald');
  if (/blond/.test(n)) a.push('blond');
  if (r.tone) a.push('tone_' + r.tone.toLowerCase());
  return a.join(',');
}
function loadSet(name) {
  const dir = fs.readdirSync(xdir).find(d => d.startsWith('iconify-json-' + name + '-') && /^-\d/.test(d.slice(('iconify-json-' + name).length)));
  if (!dir) return null; // set not unpacked: skipped
  const p = xdir + '/' + dir + '/package/';
  const icons = JSON.parse(fs.readFileSync(p + 'icons.json', 'utf8'));
  let chars = {};
  try { chars = JSON.parse(fs.readFileSync(p + 'chars.json', 'utf8')); } catch (e) {}
  return { icons, chars, dir };
}
const ref = loadSet('noto').chars; // noto has the most complete codepoint->name map
const flat = loadSet('fluent-emoji-flat').chars;
const SETS = ['noto', 'noto-v1', 'twemoji', 'openmoji', 'fluent-emoji', 'fluent-emoji-flat', 'fluent-emoji-high-contrast', 'emojione', 'emojione-v1', 'streamline-emojis'];
const strip = cp => cp.split('-').filter(x => x !== 'fe0f').join('-');
console.log(['set', 'icon', 'codepoint', 'subcategory', 'attributes'].join('\t'));
const counts = {};
for (const s of SETS) {
  const set = loadSet(s);
  if (!set) continue;
  const { icons, chars } = set;
  const has = n => n && (icons.icons[n] || (icons.aliases && icons.aliases[n]));
  counts[s] = 0;
  for (const r of rows) {
    const cands = [chars[r.cp], chars[strip(r.cp)], flat[r.cp], flat[strip(r.cp)], ref[r.cp], ref[strip(r.cp)]];
    const n = cands.find(has);
    if (!n) continue;
    console.log([s, n, r.cp, r.sub, attrs(r)].join('\t'));
    counts[s]++;
  }
}
// Fluent 3D (webp files named by codepoint, fe0f kept where used)
const d3 = xdir + '/lobehub-fluent-emoji-3d-1.1.0/package/assets/';
const files = new Set(fs.readdirSync(d3));
counts['fluent-3d'] = 0;
for (const r of rows) {
  const f = [r.cp + '.webp', strip(r.cp) + '.webp'].find(x => files.has(x));
  if (!f) continue;
  console.log(['fluent-3d', f, r.cp, r.sub, attrs(r)].join('\t'));
  counts['fluent-3d']++;
}
console.error(JSON.stringify(counts), 'total', Object.values(counts).reduce((a, b) => a + b));
