// Dyad dashboard: plain JavaScript and SVG, no build step and no third-party code.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const QUADS = [
  ['verbal_coop', 'q1', 'verbal cooperation'], ['material_coop', 'q2', 'material cooperation'],
  ['verbal_conflict', 'q3', 'verbal conflict'], ['material_conflict', 'q4', 'material conflict']];
const state = { page: 1, size: 25, total: 0, lastEvents: null };

// ---- API access --------------------------------------------------------------------------------------------
function token() { return sessionStorage.getItem('dyad-token'); }

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (token()) headers['Authorization'] = 'Bearer ' + token();
  const res = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (res.status === 401) {
    document.getElementById('token-form').hidden = false;
    throw new Error('this server needs an access token');
  }
  if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
  return body;
}

function status(text, isError) {
  const s = document.getElementById('status');
  s.textContent = text || '';
  s.classList.toggle('error', !!isError);
}

function formParams(form) {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim() !== '') p.set(k, String(v).trim());
  return p;
}

function el(tag, attrs = {}, text) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- time series -------------------------------------------------------------------------------------------
async function loadSeries(ev) {
  if (ev) ev.preventDefault();
  const form = document.getElementById('series-form');
  try {
    const data = await api('/api/series?' + formParams(form));
    drawSeries(data);
  } catch (e) { status('series: ' + e.message, true); }
}

function drawSeries(data) {
  const box = document.getElementById('series-chart');
  box.replaceChildren();
  const W = 640, H = 260, L = 36, R = 40, T = 12, B = 46;
  const svg = el('svg:svg', { viewBox: `0 0 ${W} ${H}`, 'data-points': data.points.length });
  box.append(svg);
  if (!data.points.length) {
    svg.append(el('svg:text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No events for ' + data.dyad));
    return;
  }
  const pts = data.points, n = pts.length;
  const maxCount = Math.max(1, ...pts.map(p => p.events));
  const slot = (W - L - R) / n, barW = Math.max(2, Math.min(40, slot * 0.7));
  const x = i => L + slot * i + slot / 2;
  const yCount = c => T + (H - T - B) * (1 - c / maxCount);
  const yGold = g => T + (H - T - B) * (1 - (g + 10) / 20);
  const axis = el('svg:g', { class: 'axis' });
  axis.append(el('svg:line', { x1: L, y1: H - B, x2: W - R, y2: H - B }));
  axis.append(el('svg:line', { x1: L, y1: T, x2: L, y2: H - B }));
  axis.append(el('svg:line', { x1: L, y1: yGold(0), x2: W - R, y2: yGold(0), 'stroke-dasharray': '3 3' }));
  axis.append(el('svg:text', { x: L - 4, y: T + 8, 'text-anchor': 'end' }, String(maxCount)));
  axis.append(el('svg:text', { x: L - 4, y: H - B, 'text-anchor': 'end' }, '0'));
  axis.append(el('svg:text', { x: W - R + 4, y: T + 8 }, '+10'));
  axis.append(el('svg:text', { x: W - R + 4, y: yGold(0) + 4 }, '0'));
  axis.append(el('svg:text', { x: W - R + 4, y: H - B }, '−10'));
  const every = Math.ceil(n / 8);
  pts.forEach((p, i) => {
    if (i % every === 0) axis.append(el('svg:text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle' }, p.period));
  });
  svg.append(axis);
  pts.forEach((p, i) => {
    let base = 0;
    for (const [field, cls, label] of QUADS) {
      const c = p[field];
      if (!c) continue;
      const r = el('svg:rect', { class: 'bar ' + cls, x: x(i) - barW / 2, y: yCount(base + c), width: barW, height: yCount(base) - yCount(base + c) });
      r.append(el('svg:title', {}, `${p.period}: ${c} ${label}`));
      svg.append(r);
      base += c;
    }
  });
  const line = pts.filter(p => p.goldstein_mean !== null).map((p) => `${x(pts.indexOf(p))},${yGold(p.goldstein_mean)}`);
  if (line.length > 1) svg.append(el('svg:polyline', { class: 'goldstein-line', points: line.join(' ') }));
  pts.forEach((p, i) => {
    // A full-height strip per period makes a small bar easy to hit on a phone.
    const hit = el('svg:rect', { class: 'period-hit', x: x(i) - slot / 2, y: T, width: slot, height: H - T - B, 'data-period': p.period });
    hit.append(el('svg:title', {}, `${p.period}: ${p.events} events, Goldstein mean ${p.goldstein_mean}`));
    hit.addEventListener('click', () => showPeriod(data, p.period));
    svg.append(hit);
    if (p.goldstein_mean !== null) {
      const c = el('svg:circle', { class: 'point', cx: x(i), cy: yGold(p.goldstein_mean), r: 4, 'data-period': p.period });
      c.append(el('svg:title', {}, `${p.period}: Goldstein mean ${p.goldstein_mean} over ${p.events} events`));
      c.addEventListener('click', () => showPeriod(data, p.period));
      svg.append(c);
    }
  });
}

function periodEnd(start, by) {
  if (by === 'day') return start;
  if (by === 'month') {
    const [y, m] = start.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  const d = new Date(start + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 6);
  return d.toISOString().slice(0, 10);
}

function showPeriod(data, period) {
  const form = document.getElementById('events-form');
  const start = data.by === 'month' ? period + '-01' : period;
  form.from.value = start;
  form.to.value = periodEnd(start, data.by);
  const [a, b] = data.dyad.split(/[:>]/);
  form.source.value = a;
  form.target.value = b;
  state.page = 1;
  loadEvents();
  document.getElementById('events').scrollIntoView({ behavior: 'smooth' });
}

// ---- actor network -----------------------------------------------------------------------------------------
async function loadNetwork(ev) {
  if (ev) ev.preventDefault();
  try {
    const data = await api('/api/actors?' + formParams(document.getElementById('network-form')));
    drawNetwork(data);
  } catch (e) { status('network: ' + e.message, true); }
}

function goldsteinColour(g) {
  // -10 red, 0 grey, +10 blue
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150], red = [192, 57, 43], blue = [31, 95, 168];
  const to = t < 0 ? red : blue, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return `rgb(${c.join(',')})`;
}

function drawNetwork(data) {
  const box = document.getElementById('network-chart');
  box.replaceChildren();
  const W = 520, H = 420, cx = W / 2, cy = H / 2, rad = Math.min(W, H) / 2 - 40;
  const svg = el('svg:svg', { viewBox: `0 0 ${W} ${H}`, 'data-edges': data.edges.length });
  box.append(svg);
  if (!data.edges.length) {
    svg.append(el('svg:text', { x: cx, y: cy, 'text-anchor': 'middle', class: 'empty' }, 'No events between actors in this period'));
    return;
  }
  // Busiest actors first around the circle, so the main dyads sit apart and readable.
  const weight = a => a.as_source + a.as_target;
  const actors = data.actors.slice().sort((a, b) => weight(b) - weight(a));
  const pos = {};
  actors.forEach((a, i) => {
    const ang = -Math.PI / 2 + 2 * Math.PI * i / actors.length;
    pos[a.code] = [cx + rad * Math.cos(ang), cy + rad * Math.sin(ang)];
  });
  const maxEdge = Math.max(1, ...data.edges.map(e => e.events));
  const defs = el('svg:defs');
  svg.append(defs);
  data.edges.forEach((e, i) => {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const colour = goldsteinColour(e.goldstein_mean);
    const id = 'arrow' + i;
    const m = el('svg:marker', { id, viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto' });
    m.append(el('svg:path', { d: 'M0,0 L10,5 L0,10 z', fill: colour }));
    defs.append(m);
    // Curve each edge a little so A→B and B→A do not overlap.
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.12, my = (y1 + y2) / 2 - (x2 - x1) * 0.12;
    const path = el('svg:path', {
      class: 'edge', d: e.source === e.target ? `M${x1},${y1} c-30,-40 30,-40 0,0` : `M${x1},${y1} Q${mx},${my} ${x2},${y2}`,
      fill: 'none', stroke: colour, 'stroke-width': 1 + 7 * e.events / maxEdge, 'marker-end': `url(#${id})`,
      'data-source': e.source, 'data-target': e.target });
    path.append(el('svg:title', {}, `${e.source} → ${e.target}: ${e.events} events, Goldstein mean ${e.goldstein_mean}`));
    path.addEventListener('click', () => {
      const form = document.getElementById('events-form');
      const nf = document.getElementById('network-form');
      form.source.value = e.source; form.target.value = e.target;
      form.from.value = nf.from.value; form.to.value = nf.to.value;
      state.page = 1;
      loadEvents();
      document.getElementById('events').scrollIntoView({ behavior: 'smooth' });
    });
    svg.append(path);
  });
  for (const a of actors) {
    const [x, y] = pos[a.code];
    const g = el('svg:g', { class: 'node' });
    g.append(el('svg:circle', { cx: x, cy: y, r: 6 + Math.min(14, Math.sqrt(weight(a)) * 2) }));
    g.append(el('svg:text', { x, y: y - 12 - Math.min(14, Math.sqrt(weight(a)) * 2) }, a.code));
    g.append(el('svg:title', {}, `${a.code}: ${a.as_source} as source, ${a.as_target} as target`));
    svg.append(g);
  }
}

// ---- event table -------------------------------------------------------------------------------------------
async function loadEvents(ev) {
  if (ev) { ev.preventDefault(); state.page = 1; }
  const p = formParams(document.getElementById('events-form'));
  p.set('page', state.page);
  p.set('size', state.size);
  try {
    const data = await api('/api/events?' + p);
    state.total = data.total;
    drawEvents(data);
  } catch (e) { status('events: ' + e.message, true); }
}

function actorLabel(a) { return a ? a.code : '—'; }

function drawEvents(data) {
  const body = document.querySelector('#events-table tbody');
  body.replaceChildren();
  for (const e of data.events) {
    const tr = el('tr', { 'data-doc': e.doc, 'data-event': e.id, tabindex: 0 });
    const cells = [e.date || '', actorLabel(e.source), actorLabel(e.target), e.cameo || '',
      e.goldstein === null ? '' : e.goldstein.toFixed(1), e.plover ? e.plover.type : '', e.modality || '', e.text];
    cells.forEach((c, i) => tr.append(el('td', i === 7 ? { class: 'wide' } : {}, c)));
    tr.cells[1].title = e.source ? e.source.text : '';
    tr.cells[2].title = e.target ? e.target.text : '';
    const open = () => openDocument(e.doc, e.span ? e.span[0] : null, e.id);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', k => { if (k.key === 'Enter') open(); });
    body.append(tr);
  }
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  document.getElementById('page-info').textContent = `page ${data.page} of ${pages} · ${data.total} events`;
  document.getElementById('prev').disabled = data.page <= 1;
  document.getElementById('next').disabled = data.page >= pages;
}

// ---- documents with highlighted sentences ------------------------------------------------------------------
/** Text split at every range boundary; each piece carries the classes of the ranges that cover it. */
function highlighted(text, ranges) {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(Math.max(0, Math.min(text.length, r.begin))); cuts.add(Math.max(0, Math.min(text.length, r.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = ranges.filter(r => r.begin <= a && r.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
    const span = el('span', { class: [...new Set(covering.map(r => r.cls))].join(' ') }, piece);
    const sel = covering.find(r => r.cls.includes('selected'));
    if (sel) span.dataset.sentence = sel.sentence;
    frag.append(span);
  }
  return frag;
}

function eventRanges(events, selectedBegin) {
  const ranges = [];
  for (const e of events) {
    const [b, en] = e.span;
    ranges.push({ begin: b, end: en, cls: b === selectedBegin ? 'sentence selected' : 'sentence', sentence: e.sentence });
    for (const role of ['source', 'target']) {
      const a = e[role];
      if (!a) continue;
      let span = a.span;
      if (!span && a.text) {
        // Pasted text: find the actor's words inside the event's sentence.
        const at = e.text.indexOf(a.text);
        if (at >= 0) span = [b + at, b + at + a.text.length];
      }
      if (span && (selectedBegin === null || b === selectedBegin)) ranges.push({ begin: span[0], end: span[1], cls: role });
    }
  }
  return ranges;
}

async function openDocument(id, sentenceBegin) {
  try {
    const doc = await api('/api/documents/' + encodeURIComponent(id));
    const section = document.getElementById('document');
    section.hidden = false;
    document.getElementById('doc-title').textContent = doc.title || doc.id;
    document.getElementById('doc-meta').textContent =
      [doc.id, doc.date, doc.source, doc.url].filter(Boolean).join(' · ') + ` · ${doc.events.length} event mentions`;
    const box = document.getElementById('doc-text');
    box.replaceChildren(highlighted(doc.text, eventRanges(doc.events, sentenceBegin)));
    const mark = box.querySelector('.selected') || section;
    mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
  } catch (e) { status('document: ' + e.message, true); }
}

// ---- code a text ------------------------------------------------------------------------------------------
async function codeText(ev) {
  ev.preventDefault();
  const form = document.getElementById('code-form');
  const button = form.querySelector('button');
  button.disabled = true;
  status('coding… (the first story loads the language models)');
  try {
    const res = await api('/api/code', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: form.text.value, date: form.date.value }) });
    const list = document.getElementById('code-events');
    list.replaceChildren();
    if (!res.events.length) list.append(el('li', {}, 'No events found in this text.'));
    const box = document.getElementById('code-text');
    box.replaceChildren(highlighted(res.text, eventRanges(res.events, null)));
    for (const e of res.events) {
      const li = el('li', { class: 'coded-event' },
        `${e.date} ${actorLabel(e.source)} → ${actorLabel(e.target)} · CAMEO ${e.cameo} (Goldstein ${e.goldstein}, QuadClass ${e.quad_class})`
        + ` · ${e.plover ? e.plover.type : ''} · ${e.modality}`);
      li.addEventListener('click', () => box.replaceChildren(highlighted(res.text, eventRanges(res.events, e.span[0]))));
      list.append(li);
    }
    status(`${res.events.length} events coded`);
  } catch (e) { status('code: ' + e.message, true); }
  finally { button.disabled = false; }
}

// ---- start -------------------------------------------------------------------------------------------------
function start() {
  document.getElementById('series-form').addEventListener('submit', loadSeries);
  document.getElementById('network-form').addEventListener('submit', loadNetwork);
  document.getElementById('events-form').addEventListener('submit', loadEvents);
  document.getElementById('code-form').addEventListener('submit', codeText);
  document.getElementById('prev').addEventListener('click', () => { state.page--; loadEvents(); });
  document.getElementById('next').addEventListener('click', () => { state.page++; loadEvents(); });
  document.getElementById('doc-close').addEventListener('click', () => { document.getElementById('document').hidden = true; });
  document.getElementById('token-form').addEventListener('submit', ev => {
    ev.preventDefault();
    sessionStorage.setItem('dyad-token', document.getElementById('token').value);
    document.getElementById('token-form').hidden = true;
    load();
  });
  document.querySelector('#code-form [name=date]').value = new Date().toISOString().slice(0, 10);
  load();
}

async function load() {
  try {
    const health = await api('/api/health');
    if (!health.store) {
      status('no event store: only "Code a text" works (start with --db FILE)');
      for (const id of ['series', 'network', 'events']) document.getElementById(id).hidden = true;
      return;
    }
    status(`${health.events} events in the store`);
  } catch (e) { status(e.message, true); return; }
  loadSeries();
  loadNetwork();
  loadEvents();
}

document.addEventListener('DOMContentLoaded', start, { once: true });
