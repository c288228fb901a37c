// The review page of bitext review: it shows the beads the server holds
// and sends the reviewer's edits to it. The server checks every edit and
// keeps the alignment file; this script only draws and asks. Every text
// is set with textContent, never parsed as HTML.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  let S = null;        // the review's state (GET api/state)
  let focus = 0;       // the bead with the keyboard's focus
  let cur = null;      // the cursor: {side, id} of a sentence of the focused bead
  let picked = null;   // a sentence picked to link: {bead, side, id}
  let chain = Promise.resolve(); // requests that change something, one at a time
  let stopped = false;
  let names = null;    // the names table, when shown

  // --- requests ---

  async function api(method, path, body) {
    const opt = {method, headers: {}};
    if (body !== undefined) {
      opt.headers['Content-Type'] = 'application/json';
      opt.body = JSON.stringify(body);
    }
    const r = await fetch('api/' + path, opt);
    let j;
    try { j = await r.json(); } catch (e) { j = {error: r.status + ' ' + r.statusText}; }
    if (!r.ok || j.refused) {
      // A refusal (an edit that would break the file) comes with its
      // reason; an error with its status.
      const err = new Error(j.refused || j.error || r.statusText);
      err.status = j.refused ? 0 : r.status;
      throw err;
    }
    return j;
  }

  // run queues a request that changes something after those before it.
  function run(f) {
    if (stopped) return chain;
    chain = chain.then(f).catch(fail);
    return chain;
  }

  function say(text, error) {
    const m = $('message');
    m.hidden = !text;
    m.textContent = text || '';
    m.classList.toggle('error', !!error);
  }

  function fail(e) {
    say(e.message, true);
    if (e.status === 409 && /out of date/.test(e.message)) return load();
  }

  // --- drawing ---

  function sentenceLinks(b) {
    // The number of each sentence's link (two-sided links only), by "side:id".
    const of = {};
    let n = 0;
    for (const l of b.links) {
      const two = l.en.length > 0 && l.ko.length > 0;
      if (two) n++;
      for (const id of l.en) of['en:' + id] = two ? n : 0;
      for (const id of l.ko) of['ko:' + id] = two ? n : 0;
    }
    return of;
  }

  function sideEl(b, side, links) {
    const d = el('div', 'side ' + side);
    d.lang = side;
    const ids = b[side];
    if (ids.length === 0) d.append(el('p', 'empty', '—'));
    for (const p of ids) {
      const para = S[side].paragraphs[p];
      const pe = el('div', 'para');
      if (para.aside) pe.classList.add('aside');
      if (para.headline) pe.classList.add('headline');
      pe.dataset.p = p;
      pe.append(el('span', 'pid', String(p)));
      para.s.forEach((text, k) => {
        const id = p + '.' + k;
        const se = el('span', 'sent');
        se.dataset.side = side;
        se.dataset.id = id;
        const n = links[side + ':' + id];
        const lk = el('span', n ? 'lk k' + ((n - 1) % 6) : 'lk lone', n ? String(n) : '·');
        lk.title = n ? 'link ' + n : 'in no link';
        se.append(lk, document.createTextNode(text));
        pe.append(se, ' ');
      });
      if (para.caption) pe.append(el('span', 'note', 'photo caption'));
      if (para.note) pe.append(el('span', 'note', para.note));
      d.append(pe);
    }
    return d;
  }

  function beadEl(i) {
    const b = S.beads[i];
    const li = el('li', 'bead band' + b.band + ' kind-' + b.kind + ' status-' + b.status);
    if (b.flagged) li.classList.add('flagged');
    li.tabIndex = -1;
    li.dataset.i = i;
    const info = el('div', 'info');
    info.append(el('span', 'num', String(i + 1)),
      el('span', 'ids', '[' + b.en.join(', ') + ']:[' + b.ko.join(', ') + ']'),
      el('span', 'score', 'confidence ' + b.score.toFixed(3)));
    if (b.kind !== 'match') info.append(el('span', 'badge kind', b.kind));
    if (b.flagged) info.append(el('span', 'badge flag', '⚑ review'));
    if (b.status !== 'auto') info.append(el('span', 'badge ' + b.status, b.status));
    const links = sentenceLinks(b);
    const texts = el('div', 'texts');
    texts.append(sideEl(b, 'en', links), sideEl(b, 'ko', links));
    li.append(info, texts);
    return li;
  }

  function beadList() { return $('beads').children; }

  function renumber(from) {
    const lis = beadList();
    for (let i = from; i < lis.length; i++) {
      lis[i].dataset.i = i;
      lis[i].querySelector('.num').textContent = String(i + 1);
    }
  }

  function drawBeads() {
    const f = document.createDocumentFragment();
    for (let i = 0; i < S.beads.length; i++) f.append(beadEl(i));
    $('beads').replaceChildren(f);
  }

  function drawHead() {
    document.title = (S.document || 'bitext') + ' — bitext review';
    $('title').textContent = S.document ? S.document : 'bitext review';
    const parts = [];
    if (S.file) parts.push(S.file);
    if (S.en.name) parts.push('English: ' + S.en.name, 'Korean: ' + S.ko.name);
    if (S.bitext) parts.push('bitext ' + S.bitext, 'review threshold ' + S.min_score);
    if (S.corpus) parts.push('pair ' + (S.corpus.position + 1) + ' of ' + S.corpus.total + ' (' + S.corpus.done + ' done)');
    $('meta').textContent = parts.join(' · ');
    const noExport = !S.export.tmx && !S.export.glossary;
    $('b-export').disabled = noExport;
    $('b-export').title = noExport ? 'start bitext review with --tmx or --glossary to export' : 'save, then write ' + [S.export.tmx, S.export.glossary].filter(Boolean).join(' and ') + ' (e)';
    $('b-done').hidden = !S.corpus;
    $('queue').hidden = !S.corpus;
    $('draft').hidden = !S.draft;
    if (S.draft) $('draft-text').textContent = 'A draft from ' + S.draft.time + ' holds edits that were not saved.';
    if (S.corpus && S.corpus.error) say(S.corpus.error, true);
    const legend = $('legend');
    legend.replaceChildren(el('li', 'lgt', 'Confidence:'), ...S.bands.map((b, i) => el('li', 'lg' + i, b)),
      el('li', 'lgflag', 'flagged for review'), el('li', 'lgrev', 'confirmed or edited'));
  }

  function drawStatus() {
    const st = $('status');
    st.replaceChildren();
    if (!S.beads.length) return;
    let flagged = 0, reviewed = 0;
    for (const b of S.beads) {
      if (b.flagged) flagged++;
      if (b.status !== 'auto') reviewed++;
    }
    st.append(S.beads.length + ' beads · ' + flagged + ' flagged · ' + reviewed + ' confirmed or edited · ');
    st.append(S.dirty ? el('span', 'dirty', 'unsaved edits (a draft is kept)') : 'saved' + (S.saved_at ? ' at ' + S.saved_at : ''));
    if (S.undo) st.append(' · undo: ' + S.undo);
    if (S.redo) st.append(' · redo: ' + S.redo);
    $('b-undo').disabled = !S.undo;
    $('b-redo').disabled = !S.redo;
  }

  function setStatus(p) {
    for (const k of ['dirty', 'saved_at', 'undo', 'redo']) S[k] = p[k];
    if (p.rev !== undefined) S.rev = p.rev;
    drawStatus();
  }

  // shown tells whoever watches the page (a person's tools, the tests)
  // which revision it shows, once it is drawn.
  function shown() {
    document.body.dataset.rev = S.rev;
  }

  // The tools of the focused bead: its buttons, the controls of its
  // paragraphs, the cursor and the picked sentence.
  function drawFocus(scroll) {
    for (const e of document.querySelectorAll('.beadtools, .pctl')) e.remove();
    for (const e of document.querySelectorAll('.focus, .cursor, .picked')) e.classList.remove('focus', 'cursor', 'picked');
    const li = beadList()[focus];
    if (!li) return;
    const b = S.beads[focus];
    li.classList.add('focus');
    const tools = el('div', 'beadtools');
    const btn = (name, label, key, op) => {
      const x = el('button', '', label + ' (' + key + ')');
      x.type = 'button';
      x.dataset.label = name;
      x.addEventListener('click', op);
      tools.append(x);
    };
    const oneSided = b.en.length === 0 || b.ko.length === 0;
    if (focus + 1 < S.beads.length) btn('merge', 'Merge with next', 'm', () => edit({op: 'merge', bead: focus}));
    if (oneSided) btn('link', 'Link', 'l', () => edit({op: 'link', bead: focus}));
    else btn('unlink', 'Unlink', 'o', () => edit({op: 'unlink', bead: focus}));
    if (oneSided) btn('furniture', b.kind === 'furniture' ? 'Unmark furniture' : 'Mark furniture', 'f', furniture);
    if (b.status === 'auto') btn('confirm', 'Confirm', 'c', () => edit({op: 'confirm', bead: focus}));
    if (cur) {
      btn('split', 'Split before ¶' + cur.id.split('.')[0], 's', split);
      btn('unlink-sentence', 'Unlink sentence ' + cur.id, 'u', () => edit({op: 'unlink_sentence', bead: focus, side: cur.side, sentence: cur.id}));
    }
    li.append(tools);
    for (const side of ['en', 'ko']) {
      const ids = b[side];
      ids.forEach((p, k) => {
        const pe = li.querySelector('.side.' + side + ' .para[data-p="' + p + '"]');
        const ctl = el('span', 'pctl');
        const mini = (name, label, title, op) => {
          const x = el('button', '', label);
          x.type = 'button';
          x.dataset.label = name;
          x.title = title;
          x.addEventListener('click', (ev) => { ev.stopPropagation(); op(); });
          ctl.append(x);
        };
        if (k === 0 && focus > 0) mini('up', '↑', 'move paragraph ' + p + ' to the previous bead', () => edit({op: 'move', bead: focus, side, para: p, dir: -1}));
        if (k === ids.length - 1 && focus + 1 < S.beads.length) mini('down', '↓', 'move paragraph ' + p + ' to the next bead', () => edit({op: 'move', bead: focus, side, para: p, dir: 1}));
        if (k > 0) mini('split', '✂', 'split the bead before paragraph ' + p, () => edit({op: 'split', bead: focus, side, para: p}));
        if (ctl.children.length) pe.querySelector('.pid').after(ctl);
      });
    }
    if (cur) {
      const c = li.querySelector('.sent[data-side="' + cur.side + '"][data-id="' + cur.id + '"]');
      if (c) c.classList.add('cursor');
    }
    if (picked) {
      const p = beadList()[picked.bead];
      const e = p && p.querySelector('.sent[data-side="' + picked.side + '"][data-id="' + picked.id + '"]');
      if (e) e.classList.add('picked');
    }
    if (scroll) {
      li.focus({preventScroll: true});
      li.scrollIntoView({block: 'nearest'});
    }
  }

  function sentences(i, side) {
    const out = [];
    for (const p of S.beads[i][side]) S[side].paragraphs[p].s.forEach((_, k) => out.push(p + '.' + k));
    return out;
  }

  function setFocus(i, scroll = true) {
    if (!S.beads.length) return;
    i = Math.max(0, Math.min(S.beads.length - 1, i));
    if (i !== focus || !cur) {
      focus = i;
      const side = S.beads[i].en.length ? 'en' : 'ko';
      cur = {side, id: sentences(i, side)[0]};
    }
    drawFocus(scroll);
  }

  function draw() {
    drawHead();
    drawBeads();
    drawStatus();
    focus = Math.min(focus, Math.max(0, S.beads.length - 1));
    cur = null;
    setFocus(focus, false);
  }

  async function load() {
    S = await api('GET', 'state');
    picked = null;
    draw();
    shown();
    performance.mark('bitext:drawn');
    if (S.corpus) loadQueue(0);
    if (names) showNames(true);
  }

  // --- edits ---

  function applyPatch(p) {
    S.beads.splice(p.at, p.removed, ...p.beads);
    const lis = beadList();
    const f = document.createDocumentFragment();
    for (let k = 0; k < p.beads.length; k++) f.append(beadEl(p.at + k));
    for (let k = 0; k < p.removed; k++) lis[p.at].remove();
    $('beads').insertBefore(f, lis[p.at] || null);
    if (p.beads.length !== p.removed) renumber(p.at + p.beads.length);
    setStatus(p);
    picked = null;
    if (p.removed || p.beads.length) {
      cur = null;
      focus = Math.min(p.at, S.beads.length - 1);
    }
    setFocus(focus);
    if (p.names && names) showNames(true);
  }

  function edit(op) {
    return run(async () => {
      const p = await api('POST', 'edit', Object.assign({rev: S.rev}, op));
      applyPatch(p);
      say(p.what);
      shown();
    });
  }

  function furniture() {
    const b = S.beads[focus];
    edit({op: 'mark', bead: focus, kind: b.kind === 'furniture' ? 'omitted' : 'furniture'});
  }

  function split() {
    if (cur) edit({op: 'split', bead: focus, side: cur.side, para: Number(cur.id.split('.')[0])});
  }

  // pick picks a sentence to link, or links it with the one picked.
  function pick(i, side, id) {
    if (picked && picked.bead === i && picked.side !== side) {
      const en = side === 'en' ? id : picked.id, ko = side === 'ko' ? id : picked.id;
      picked = null;
      edit({op: 'link_sentences', bead: i, en, ko});
      return;
    }
    picked = picked && picked.bead === i && picked.side === side && picked.id === id ? null : {bead: i, side, id};
    if (picked) say('Sentence ' + id + ' picked: pick a sentence of the other side to link them (Esc drops it).');
    drawFocus(false);
  }

  function flagged(from, step) {
    const n = S.beads.length;
    for (let d = 1; d <= n; d++) {
      const i = ((from + step * d) % n + n) % n;
      if (S.beads[i].flagged) return i;
    }
    return -1;
  }

  function goFlagged(step) {
    const i = flagged(focus, step);
    if (i < 0) { say('No bead is flagged for review.'); return; }
    if ((step > 0 && i <= focus) || (step < 0 && i >= focus)) say('Back to the ' + (step > 0 ? 'first' : 'last') + ' flagged bead.');
    setFocus(i);
  }

  function moveCursor(side, step) {
    const list = sentences(focus, side);
    if (!list.length) return;
    let k = cur && cur.side === side ? list.indexOf(cur.id) : -1;
    k = step === 0 ? 0 : Math.max(0, Math.min(list.length - 1, k + step));
    cur = {side, id: list[k]};
    drawFocus(false);
  }

  function save() {
    return run(async () => {
      const r = await api('POST', 'save', {});
      setStatus(r);
      say('Saved ' + S.file + '.');
      document.body.dataset.saves = (Number(document.body.dataset.saves) || 0) + 1;
    });
  }

  function exportAll() {
    if ($('b-export').disabled) { say($('b-export').title, true); return; }
    return run(async () => {
      const r = await api('POST', 'export', {});
      setStatus(r);
      const out = [];
      if (r.tmx) out.push(r.units + ' units to ' + r.tmx + ' (' + r.reviewed + ' confirmed or edited)');
      if (r.glossary) out.push(r.names + ' names to ' + r.glossary);
      say('Saved and exported ' + out.join(', ') + ' from ' + r.files + ' alignment file' + (r.files === 1 ? '' : 's') + '.');
      document.body.dataset.exported = (Number(document.body.dataset.exported) || 0) + 1;
    });
  }

  function confirmAndNext() {
    const b = S.beads[focus];
    if (b && b.status === 'auto') {
      edit({op: 'confirm', bead: focus}).then(() => { if (!$('message').classList.contains('error')) goFlagged(1); });
    } else goFlagged(1);
  }

  function showAbove() {
    $('above').hidden = false;
    $('above-score').focus();
    $('above-score').select();
  }

  function confirmAbove() {
    const v = Number($('above-score').value);
    $('above').hidden = true;
    edit({op: 'confirm_above', score: v});
  }

  // --- names ---

  function diffEl(ops) {
    const s = el('span');
    for (const o of ops) s.append(o.op === '=' ? document.createTextNode(o.text) : el(o.op === '-' ? 'del' : 'ins', '', o.text));
    return s;
  }

  function nameRow(r) {
    const tr = el('tr', r.review);
    const hangul = el('td', '', r.hangul);
    hangul.lang = 'ko';
    const forms = el('td');
    const ul = el('ul');
    for (const f of r.forms) ul.append(el('li', '', f.english + ' (' + f.count + ')'));
    forms.append(ul);
    const diffs = el('td');
    if (r.variants && r.variants.length) {
      const dl = el('ul');
      for (const v of r.variants) {
        const li = el('li');
        li.append(diffEl(v.diff), ' ', el('span', 'class', v.english + ' against ' + v.reference + ' (' + v.basis + '): ' + v.class));
        dl.append(li);
      }
      diffs.append(dl);
    } else diffs.textContent = '—';
    const rv = el('td');
    const box = el('div', 'rv');
    box.append(el('span', 'state', r.review));
    const act = (label, op) => {
      const b = el('button', '', label);
      b.type = 'button';
      b.addEventListener('click', op);
      box.append(b);
    };
    if (r.review !== 'accepted') act('Accept', () => edit({op: 'name', hangul: r.hangul, review: 'accepted'}));
    if (r.review !== 'rejected') act('Reject', () => edit({op: 'name', hangul: r.hangul, review: 'rejected'}));
    if (r.review !== 'auto') act('Clear', () => edit({op: 'name', hangul: r.hangul, review: 'auto'}));
    if (r.house && (r.forms.length !== 1 || r.forms[0].english !== r.house)) act('Use ' + r.house, () => edit({op: 'edit_name', hangul: r.hangul, english: r.house}));
    act('Edit…', () => editName(tr, r));
    rv.append(box);
    tr.append(hangul, el('td', '', r.type), forms, el('td', '', r.house || '—'), diffs, rv);
    return tr;
  }

  function editName(tr, r) {
    const td = tr.lastChild;
    const input = el('input');
    input.value = r.forms.length ? r.forms[0].english : '';
    input.setAttribute('aria-label', 'English form of ' + r.hangul);
    const type = el('select');
    for (const t of ['person', 'place', 'organization', 'other']) {
      const o = el('option', '', t);
      o.value = t;
      o.selected = t === r.type;
      type.append(o);
    }
    const ok = el('button', '', 'Save');
    ok.type = 'button';
    const go = () => edit({op: 'edit_name', hangul: r.hangul, english: input.value, type: type.value});
    ok.addEventListener('click', go);
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
    td.replaceChildren(input, type, ok);
    input.focus();
  }

  async function showNames(keep) {
    const sec = $('names');
    if (!keep && !sec.hidden) { sec.hidden = true; names = null; return; }
    names = await api('GET', 'names');
    const sel = $('style');
    sel.replaceChildren(...S.styles.map((s) => { const o = el('option', '', s); o.value = s; o.selected = s === names.style; return o; }));
    const body = $('names-body');
    body.replaceChildren(...names.rows.map(nameRow));
    if (!names.rows.length) {
      const tr = el('tr');
      const td = el('td', '', 'No names were found on both sides.');
      td.colSpan = 6;
      tr.append(td);
      body.append(tr);
    }
    sec.hidden = false;
    document.body.dataset.names = 'shown' + (names.style === 'press' ? '' : '-' + names.style);
    if (!keep) sec.scrollIntoView({block: 'start'});
  }

  async function preview() {
    const p = await api('GET', 'preview');
    const box = $('preview');
    box.replaceChildren(el('h3', '', 'names normalize --style ' + p.style + ' would change ' + p.changes.length + ' name' + (p.changes.length === 1 ? '' : 's') + ' in the English text'));
    const ul = el('ul');
    for (const c of p.changes) {
      const li = el('li');
      li.append(el('span', 'class', '¶' + c.para + ' '), c.before, diffEl(c.diff), c.after, ' ', el('span', 'class', '(' + c.class + (c.hangul ? ', ' + c.hangul : '') + ')'));
      ul.append(li);
    }
    for (const w of p.warnings) ul.append(el('li', 'class', w));
    box.append(ul);
    box.hidden = false;
    document.body.dataset.preview = 'shown';
  }

  // --- corpus ---

  async function loadQueue(offset) {
    const q = await api('GET', 'queue?offset=' + offset + '&limit=200');
    const list = $('queue-list');
    if (offset === 0) list.replaceChildren();
    $('queue-count').textContent = '(' + q.total + ' pairs, ' + q.done + ' done, lowest confidence first)';
    for (const it of q.items) {
      const li = el('li', it.position === q.position ? 'current' : '');
      if (it.done) li.classList.add('done');
      li.tabIndex = 0;
      li.append(el('span', 'num', String(it.position + 1)), el('span', 'qid', it.id),
        el('span', 'class', it.flagged + ' of ' + it.beads + ' flagged · mean ' + it.mean_score.toFixed(3)));
      const open = () => run(async () => { S = await api('POST', 'open', {position: it.position}); say(''); draw(); shown(); loadQueue(0); });
      li.addEventListener('click', open);
      li.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.stopPropagation(); open(); } });
      list.append(li);
    }
    document.body.dataset.queue = 'shown';
    const more = $('b-queue-more');
    more.hidden = offset + q.items.length >= q.total;
    more.onclick = () => loadQueue(offset + q.items.length);
  }

  function done() {
    if (!S.corpus) return;
    return run(async () => {
      const id = S.corpus.id;
      S = await api('POST', 'done', {});
      focus = 0;
      draw();
      shown();
      loadQueue(0);
      say(id + ' saved and done.' + (S.corpus.id !== id ? ' Now ' + S.corpus.id + '.' : ' Every pair is done.'));
    });
  }

  // --- events ---

  function quit() {
    run(async () => {
      await api('POST', 'quit', {});
      stopped = true;
      for (const b of document.querySelectorAll('button')) b.disabled = true;
      say('The review server has stopped. You can close this tab.');
    });
  }

  const keys = {
    j: () => setFocus(focus + 1), ArrowDown: () => setFocus(focus + 1),
    k: () => setFocus(focus - 1), ArrowUp: () => setFocus(focus - 1),
    n: () => goFlagged(1), p: () => goFlagged(-1),
    ArrowLeft: () => moveCursor('en', 0), ArrowRight: () => moveCursor('ko', 0),
    J: () => cur && moveCursor(cur.side, 1), K: () => cur && moveCursor(cur.side, -1),
    m: () => edit({op: 'merge', bead: focus}),
    s: split,
    ',': () => cur && edit({op: 'move', bead: focus, side: cur.side, para: Number(cur.id.split('.')[0]), dir: -1}),
    '.': () => cur && edit({op: 'move', bead: focus, side: cur.side, para: Number(cur.id.split('.')[0]), dir: 1}),
    l: () => edit({op: 'link', bead: focus}),
    o: () => edit({op: 'unlink', bead: focus}),
    x: () => cur && pick(focus, cur.side, cur.id),
    u: () => cur && edit({op: 'unlink_sentence', bead: focus, side: cur.side, sentence: cur.id}),
    f: furniture,
    c: () => edit({op: 'confirm', bead: focus}),
    Enter: confirmAndNext,
    a: showAbove,
    z: () => edit({op: 'undo'}), y: () => edit({op: 'redo'}),
    w: save, e: exportAll, d: done,
    g: () => showNames(false),
    '?': () => { $('help').hidden = !$('help').hidden; },
  };

  document.addEventListener('keydown', (e) => {
    if (stopped || !S) return;
    const t = e.target;
    if (e.key === 'Escape') {
      picked = null;
      $('help').hidden = true;
      $('above').hidden = true;
      say('');
      drawFocus(false);
      return;
    }
    if (t.closest && t.closest('input, select, textarea, #above')) {
      if (t.id === 'above-score' && e.key === 'Enter') { e.preventDefault(); confirmAbove(); }
      return;
    }
    if ((t.tagName === 'BUTTON' || t.closest('.queue li')) && (e.key === 'Enter' || e.key === ' ')) return;
    let key = e.key;
    if (e.ctrlKey || e.metaKey) {
      const ctl = {z: e.shiftKey ? 'y' : 'z', Z: 'y', y: 'y', s: 'w'}[e.key];
      if (!ctl) return;
      key = ctl;
    } else if (e.altKey) return;
    if (e.shiftKey && key === 'ArrowDown') key = 'J';
    if (e.shiftKey && key === 'ArrowUp') key = 'K';
    const f = keys[key];
    if (!f || (!S.beads.length && !'wedg?'.includes(key))) return;
    e.preventDefault();
    f();
  });

  $('beads').addEventListener('click', (e) => {
    const li = e.target.closest('.bead');
    if (!li || e.target.closest('button')) return;
    const i = Number(li.dataset.i);
    const s = e.target.closest('.sent');
    if (s) {
      focus = i;
      cur = {side: s.dataset.side, id: s.dataset.id};
      pick(i, s.dataset.side, s.dataset.id);
      li.focus({preventScroll: true});
    } else if (i !== focus) setFocus(i, false);
  });

  const click = (id, f) => $(id).addEventListener('click', f);
  click('b-prev', () => goFlagged(-1));
  click('b-next', () => goFlagged(1));
  click('b-undo', () => edit({op: 'undo'}));
  click('b-redo', () => edit({op: 'redo'}));
  click('b-above', showAbove);
  click('b-above-ok', confirmAbove);
  click('b-above-cancel', () => { $('above').hidden = true; });
  click('b-save', save);
  click('b-export', exportAll);
  click('b-done', done);
  click('b-names', () => showNames(false));
  click('b-help', () => { $('help').hidden = !$('help').hidden; });
  click('b-help-close', () => { $('help').hidden = true; });
  click('b-quit', quit);
  click('b-preview', () => run(preview));
  click('b-restore', () => run(async () => {
    const p = await api('POST', 'draft', {action: 'restore'});
    S.draft = null;
    $('draft').hidden = true;
    applyPatch(p);
    say(p.what);
    shown();
  }));
  click('b-discard', () => run(async () => {
    S = await api('POST', 'draft', {action: 'discard'});
    draw();
    shown();
    say('The draft is discarded.');
  }));
  $('style').addEventListener('change', () => run(async () => {
    await api('POST', 'style', {style: $('style').value});
    await showNames(true);
    if (!$('preview').hidden) await preview();
  }));

  run(load);
})();
