// Shared logic of scripts/build-example-gold.mjs: turns a spec (scripts/examples/<name>.spec.mjs) and
// the articles of examples/<name>/ into a gold file (schema source-annotator-gold/1). Spans are found
// by searching strings, never typed as numbers; every search must hit exactly what the spec says, and
// every span is verified with text === fileText.slice(start, end) (UTF-16 offsets).
//
// A spec exports:
//   note          the gold file's `note`
//   heldOut       true for a held-out set (written to the gold file; `npm run eval` labels its column
//                 and hides its errors): a set nobody tunes on
//   DOCS          { key: file name } in document order
//   ENTITIES      [id, type, name, forms]; a form is a string or { form, only: [doc keys] }
//   IGNORE_FORMS  strings whose spans are neither right nor wrong
//   QUOTES        [doc, prefix of the quoted text, speaker id | null, speakerText | null, cue | null, scare];
//                 a quote repeated verbatim in one article gets one description per occurrence, in order
//   CLAIMS        [doc, key, span text, sourced, source, optional, context?]
//   SAME_MEASURE  groups of 'doc:key' reporting the same measure with compatible figures
//   CONFLICTS     ['doc:key', ['doc:key', …]]: the same measure with incompatible figures
//
// A space in a search string (form, claim span, quote prefix) also matches a line break, so hard-wrapped
// articles are searched like the same text with one line per paragraph; the recorded `text` is always
// the file's own text at the offsets.

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regular expression for `needle` in which every U+0020 space also matches a (CR)LF line break. */
const flexible = (needle) => new RegExp(needle.split(' ').map(escapeRe).join('(?: |\\r?\\n)'), 'g');
const flat = (s) => s.replace(/\r?\n/g, ' ');

function allMatches(t, needle) {
  const hits = [];
  const re = flexible(needle);
  for (let m = re.exec(t); m; m = re.exec(t)) {
    hits.push([m.index, m.index + m[0].length]);
    re.lastIndex = m.index + 1;
  }
  return hits;
}

/** Paragraphs: maximal runs of non-blank lines, as [start, end) with trailing whitespace excluded. */
function paragraphs(t) {
  const out = [];
  const re = /[^\r\n]*(?:\r?\n|$)/g;
  let cur = null;
  for (let m = re.exec(t); m && m[0] !== ''; m = re.exec(t)) {
    const line = m[0].replace(/\s+$/, '');
    if (line.trim() === '') { if (cur) out.push(cur); cur = null; continue; }
    if (!cur) cur = [m.index, m.index + line.length];
    else cur[1] = m.index + line.length;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Every pair of double quotation marks, paragraph by paragraph. A paragraph whose quote is never
 * closed (the continuation paragraphs of a multi-paragraph quote, or an unbalanced mark) yields a
 * quote that runs to the end of the paragraph, which is what a reader takes it to mean.
 */
function scanQuotes(doc, t) {
  const found = [];
  for (const [pStart, pEnd] of paragraphs(t)) {
    let open = -1;
    let style = null;
    for (let i = pStart; i < pEnd; i++) {
      const ch = t[i];
      if (ch === '“') {
        if (open !== -1) throw new Error(`${doc}: nested “ at ${i}`);
        open = i; style = 'curly';
      } else if (ch === '”') {
        if (open === -1 || style !== 'curly') throw new Error(`${doc}: stray ” at ${i}`);
        found.push({ start: open + 1, end: i, closed: true }); open = -1;
      } else if (ch === '"') {
        if (open === -1) { open = i; style = 'straight'; }
        else if (style === 'straight') { found.push({ start: open + 1, end: i, closed: true }); open = -1; }
        else throw new Error(`${doc}: straight mark inside curly quote at ${i}`);
      }
    }
    if (open !== -1) found.push({ start: open + 1, end: pEnd, closed: false });
  }
  return found;
}

/**
 * @param spec  the spec module (see above)
 * @param text  { doc key: file text }
 * @returns { gold, problems, review(): string[] }
 */
export function buildGold(spec, text) {
  const { DOCS, ENTITIES, IGNORE_FORMS, QUOTES, CLAIMS, SAME_MEASURE, CONFLICTS } = spec;
  const problems = [];
  const fail = (msg) => problems.push(msg);

  // Mentions: forms are matched case-sensitively, longest first, never overlapping, with letter/digit
  // boundaries on both sides (a leading @ needs none before it, a currency prefix such as 'US$' none after it).
  function allOccurrences(doc, needle) {
    const t = text[doc];
    return allMatches(t, needle).filter(([s, e]) => (needle[0] === '@' || !isWordChar(t[s - 1])) && (needle.endsWith('$') || !isWordChar(t[e])));
  }

  function buildMentionsAndIgnore() {
    const mentions = [];
    const ignore = [];
    for (const doc of Object.keys(DOCS)) {
      const forms = [];
      for (const [id, type, , fs] of ENTITIES) {
        for (const f of fs) {
          const form = typeof f === 'string' ? f : f.form;
          const only = typeof f === 'string' ? null : f.only;
          if (only && !only.includes(doc)) continue;
          forms.push({ form, id, type });
        }
      }
      for (const form of IGNORE_FORMS) forms.push({ form, id: null });
      forms.sort((a, b) => b.form.length - a.form.length);
      const taken = [];
      for (const { form, id, type } of forms) {
        for (const span of allOccurrences(doc, form)) {
          if (taken.some((s) => overlaps(s, span))) continue;
          taken.push(span);
          const rec = { doc: DOCS[doc], start: span[0], end: span[1], text: text[doc].slice(span[0], span[1]) };
          if (id) mentions.push({ ...rec, entity: id, type });
          else ignore.push(rec);
        }
      }
    }
    const byPos = (a, b) => a.doc.localeCompare(b.doc) || a.start - b.start;
    return { mentions: mentions.sort(byPos), ignore: ignore.sort(byPos) };
  }

  // Quotes: each scanned quote must be described by a unique prefix of its text (line breaks read as
  // spaces), and every description must be used.
  function buildQuotes() {
    const quotes = [];
    const used = new Set();
    for (const doc of Object.keys(DOCS)) {
      for (const q of scanQuotes(doc, text[doc])) {
        const qtext = text[doc].slice(q.start, q.end);
        let descs = QUOTES.filter((d) => d[0] === doc && flat(qtext).startsWith(d[1]) && !used.has(d));
        // The same short quote repeated in one article ("New X" three times) is described once per
        // occurrence, in document order: the first unused description with that exact prefix is taken.
        if (descs.length > 1 && descs.every((d) => d[1] === descs[0][1]) && descs.every((d) => flat(qtext) === d[1])) descs = [descs[0]];
        if (descs.length !== 1) { fail(`${doc}: quote ${JSON.stringify(qtext.slice(0, 40))} matched ${descs.length} descriptions`); continue; }
        const [[, , speaker, speakerText, cue, scare]] = descs;
        used.add(descs[0]);
        quotes.push({ doc: DOCS[doc], start: q.start, end: q.end, text: qtext, speaker, speakerText, cue, scare });
      }
    }
    for (const d of QUOTES) if (!used.has(d)) fail(`quote description not used: ${d[0]} ${d[1]}`);
    return quotes;
  }

  // Claims: the span text must occur exactly once in the document (or once inside `context`, which
  // must itself be unique). `source` is the entity id when a named entity vouches for the figure,
  // otherwise the words that attribute it ("police", "reportedly", "are believed to", …).
  function findOnce(doc, needle, context) {
    const t = text[doc];
    let base = 0;
    let hay = t;
    if (context) {
      const c = allMatches(t, context);
      if (c.length !== 1) { fail(`${doc}: context not unique: ${context}`); return null; }
      base = c[0][0]; hay = t.slice(c[0][0], c[0][1]);
    }
    const hits = allMatches(hay, needle);
    if (hits.length === 0) { fail(`${doc}: not found: ${JSON.stringify(needle)}`); return null; }
    if (hits.length > 1) { fail(`${doc}: ambiguous: ${JSON.stringify(needle)}`); return null; }
    return [base + hits[0][0], base + hits[0][1]];
  }

  function buildClaims(entityIds) {
    const claims = [];
    const keyToId = new Map();
    for (const doc of Object.keys(DOCS)) {
      const mine = CLAIMS.filter((c) => c[0] === doc)
        .map(([, key, span, sourced, source, optional, context]) => ({ key, span, sourced, source, optional, pos: findOnce(doc, span, context) }))
        .filter((c) => c.pos)
        .sort((a, b) => a.pos[0] - b.pos[0]);
      mine.forEach((c, i) => {
        const id = `c${DOCS[doc].slice(0, 2)}-${i + 1}`;
        if (keyToId.has(`${doc}:${c.key}`)) fail(`duplicate claim key ${doc}:${c.key}`);
        keyToId.set(`${doc}:${c.key}`, id);
        if (!['yes', 'vague', 'no'].includes(c.sourced)) fail(`claim ${c.key}: sourced must be yes|vague|no`);
        if (c.sourced === 'yes' && c.source && !entityIds.has(c.source) && !/^[a-z ]+$/.test(c.source)) fail(`claim source neither entity nor words: ${c.source}`);
        if (c.sourced !== 'no' && !c.source) fail(`sourced claim without a source: ${c.key}`);
        if (c.sourced === 'no' && c.source !== null) fail(`unsourced claim with a source: ${c.key}`);
        claims.push({ id, doc: DOCS[doc], start: c.pos[0], end: c.pos[1], text: text[doc].slice(c.pos[0], c.pos[1]), sourced: c.sourced, source: c.source, optional: c.optional });
      });
    }
    const idOf = (k) => { const id = keyToId.get(k); if (!id) fail(`unknown claim key ${k}`); return id; };
    const docOf = (k) => k.split(':')[0];
    const corroborations = [];
    for (const group of SAME_MEASURE) {
      for (const k of group) {
        const supports = group.filter((o) => docOf(o) !== docOf(k)).map(idOf);
        if (supports.length) corroborations.push({ claim: idOf(k), supports });
      }
    }
    corroborations.sort((a, b) => a.claim.localeCompare(b.claim, 'en', { numeric: true }));
    const conflicts = [];
    const conflictMap = new Map();
    for (const [k, others] of CONFLICTS) {
      for (const o of others) {
        for (const [a, b] of [[k, o], [o, k]]) {
          if (!conflictMap.has(a)) conflictMap.set(a, []);
          conflictMap.get(a).push(idOf(b));
        }
      }
    }
    for (const [k, ids] of conflictMap) conflicts.push({ claim: idOf(k), conflicts: ids });
    conflicts.sort((a, b) => a.claim.localeCompare(b.claim, 'en', { numeric: true }));
    return { claims, corroborations, conflicts };
  }

  const entityIds = new Set(ENTITIES.map((e) => e[0]));
  if (entityIds.size !== ENTITIES.length) fail('duplicate entity id');
  const { mentions, ignore } = buildMentionsAndIgnore();
  const quotes = buildQuotes();
  const { claims, corroborations, conflicts } = buildClaims(entityIds);

  for (const q of quotes) if (q.speaker && !entityIds.has(q.speaker)) fail(`unknown speaker ${q.speaker}`);
  const mentioned = new Set(mentions.map((m) => m.entity));
  for (const id of entityIds) if (!mentioned.has(id)) fail(`entity never mentioned: ${id}`);

  const gold = {
    schema: 'source-annotator-gold/1',
    offsets: 'UTF-16 code units into the file as read (UTF-8)',
    note: spec.note,
    ...(spec.heldOut ? { heldOut: true } : {}),
    documents: Object.values(DOCS),
    entities: ENTITIES.map(([id, type, name]) => ({ id, type, name })),
    mentions,
    ignore,
    quotes,
    claims,
    corroborations,
    conflicts,
  };

  // Verification: every span's text is exactly the file's text at its offsets.
  const byName = Object.fromEntries(Object.entries(DOCS).map(([k, f]) => [f, text[k]]));
  for (const kind of ['mentions', 'ignore', 'quotes', 'claims']) {
    for (const s of gold[kind]) {
      const t = byName[s.doc];
      if (!t) fail(`${kind}: unknown doc ${s.doc}`);
      else if (t.slice(s.start, s.end) !== s.text) fail(`${kind}: text mismatch at ${s.doc}:${s.start}-${s.end}`);
      if (!(s.start < s.end)) fail(`${kind}: empty span at ${s.doc}:${s.start}`);
    }
  }

  return { gold, problems, review: () => review(gold, byName) };
}

/** Every span in context, then the capitalised words no mention or ignore span covers. */
function review(gold, byName) {
  const lines = [];
  const { mentions, ignore, quotes, claims } = gold;
  const ctx = (doc, s, e) => {
    const t = byName[doc];
    return `${t.slice(Math.max(0, s - 25), s)}[${t.slice(s, e)}]${t.slice(e, e + 25)}`.replace(/\r?\n/g, '⏎');
  };
  for (const m of mentions) lines.push(`M ${m.doc.slice(0, 2)} ${m.type.padEnd(6)} ${m.entity.padEnd(38)} ${ctx(m.doc, m.start, m.end)}`);
  for (const m of ignore) lines.push(`I ${m.doc.slice(0, 2)} ${ctx(m.doc, m.start, m.end)}`);
  for (const q of quotes) lines.push(`Q ${q.doc.slice(0, 2)} ${String(q.speaker ?? q.speakerText ?? (q.scare ? 'SCARE' : '?')).padEnd(24)} ${q.cue ?? '-'} | ${q.text.slice(0, 60)}`);
  for (const c of claims) lines.push(`C ${c.id.padEnd(6)} ${c.sourced.padEnd(5)} ${String(c.source).padEnd(34)} ${c.optional ? 'opt' : '   '} ${c.text}`);
  // Capitalised words that nothing covers (sentence-initial words will show up too: eyeball them).
  for (const [doc, t] of Object.entries(byName)) {
    const covered = [...mentions, ...ignore].filter((m) => m.doc === doc);
    const seen = new Set();
    for (const m of t.matchAll(/\p{Lu}[\p{L}\p{M}’'-]*/gu)) {
      const s = m.index, e = s + m[0].length;
      if (covered.some((c) => c.start < e && s < c.end)) continue;
      seen.add(m[0]);
    }
    lines.push(`U ${doc.slice(0, 2)} ${[...seen].join(' ')}`);
  }
  return lines;
}
