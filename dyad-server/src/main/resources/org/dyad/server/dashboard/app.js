// Dyad dashboard: plain JavaScript and SVG, no build step and no third-party code.
// One view (period, modality, CAMEO root, QuadClass) drives every panel; a click on a bar or an edge lists exactly
// the events it counts, because the list asks /api/events with the same parameters the chart asked /api/series.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const QUADS = [
  ['verbal_coop', 'q1', 'verbal cooperation'], ['material_coop', 'q2', 'material cooperation'],
  ['verbal_conflict', 'q3', 'verbal conflict'], ['material_conflict', 'q4', 'material conflict']];
const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const VIEW_FIELDS = ['from', 'to', 'modality', 'cameo', 'quad'];
const LIST_FIELDS = ['dyad', ...VIEW_FIELDS, 'source', 'target', 'plover', 'text'];
let names = { actors: {}, roles: {}, cameo: {} };
// CAMEO's sector prefixes that are not one organisation: what a country-level fold leaves of IGOUNO, NGOAMN...
const SECTORS = { IGO: 'international organisations', NGO: 'non-governmental organisations', NGM: 'non-governmental movements',
  MNC: 'companies', UIS: 'unidentified state actor', ['---']: 'unnamed actor' };
// What the event table shows: the filters sent to /api/events, the sort, the page, and the words that say so.
const list = { query: {}, sort: '-date', page: 1, size: 25, title: 'All events' };

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
  if (!res.ok) {
    const err = new Error((body && body.error) || ('HTTP ' + res.status));
    err.parameter = body && body.parameter;
    throw err;
  }
  return body;
}

function status(text) { document.getElementById('status').textContent = text || ''; }

/** Shows (or with null clears) the error of a panel next to the controls that caused it. */
function panelError(section, message) {
  const p = section.querySelector('.error');
  if (!p) return;
  p.textContent = message || '';
  p.hidden = !message;
}

/** Runs a panel's request with a loading state; an error replaces the panel's stale content. */
async function panel(id, work, clear) {
  const section = document.getElementById(id);
  section.setAttribute('aria-busy', 'true');
  try {
    await work();
    panelError(section, null);
  } catch (e) {
    panelError(section, e.message);
    if (clear) clear();
  } finally {
    section.removeAttribute('aria-busy');
  }
}

function query(fields) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== null && String(v).trim() !== '') p.set(k, String(v).trim());
  return p;
}

function el(tag, attrs = {}, text) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- names -------------------------------------------------------------------------------------------------
/** "RUSGOV" → "Russia — government": the country or organisation, then each role. */
function actorName(code) {
  if (!code) return '';
  if (code === '*') return 'any actor';
  if (code.startsWith('---')) return 'unnamed actor';
  if (names.actors[code]) return names.actors[code];
  if (SECTORS[code]) return SECTORS[code];
  const parts = [names.actors[code.slice(0, 3)] || code.slice(0, 3)];
  for (let i = 3; i < code.length; i += 3) parts.push(names.roles[code.slice(i, i + 3)] || code.slice(i, i + 3));
  return parts.join(' — ');
}

function cameoName(code) { return code ? (names.cameo[code] || '') : ''; }

// ---- the view ----------------------------------------------------------------------------------------------
function viewForm() { return document.getElementById('view-form'); }

function view() {
  const f = viewForm();
  return { from: f.from.value, to: f.to.value, modality: f.modality.value, cameo: f.cameo.value, quad: f.quad.value };
}

function by() { return viewForm().by.value; }

function seriesDyad() {
  const f = document.getElementById('series-form');
  const a = f.a.value.trim().toUpperCase() || '*', b = f.b.value.trim().toUpperCase() || '*';
  return a + f.dir.value + b;
}

/** The view in the page's address, so a link reproduces it. */
function saveAddress() {
  const p = query(Object.assign(view(), { by: by(), dyad: seriesDyad() }));
  if (!viewForm().modality.value) p.set('modality', 'any');
  history.replaceState(null, '', '?' + p + location.hash);
}

function restoreAddress() {
  const p = new URLSearchParams(location.search);
  const f = viewForm();
  for (const k of ['from', 'to', 'cameo', 'quad', 'by']) if (p.has(k)) f[k].value = p.get(k);
  if (p.has('modality')) f.modality.value = p.get('modality') === 'any' ? '' : p.get('modality');
  if (p.has('dyad')) {
    const m = /^([^:>]+)([:>])(.+)$/.exec(p.get('dyad'));
    if (m) { const s = document.getElementById('series-form'); s.a.value = m[1]; s.dir.value = m[2]; s.b.value = m[3]; }
  }
}

function describe(q) {
  const parts = [];
  if (q.cameo) parts.push(`CAMEO ${q.cameo} ${cameoName(q.cameo)}`.trim());
  if (q.quad) parts.push(QUAD_NAMES[q.quad]);
  parts.push(q.modality ? q.modality : 'all modalities');
  return parts.join(' · ');
}

function applyView(ev) {
  if (ev) ev.preventDefault();
  saveAddress();
  loadOverview();
  loadTop();
  loadSeries();
  loadNetwork();
  loadMap();
  showList(Object.assign({}, view()), 'All events' + periodWords(view()));
}

function periodWords(q) {
  if (q.from && q.to) return ` · ${q.from} to ${q.to}`;
  if (q.from) return ` · from ${q.from}`;
  if (q.to) return ` · to ${q.to}`;
  return '';
}

// ---- dates -------------------------------------------------------------------------------------------------
function utc(s) { return new Date(s + 'T00:00:00Z'); }
function iso(d) { return d.toISOString().slice(0, 10); }
function periodStart(period, unit) { return unit === 'month' ? period + '-01' : period; }
function periodAfter(start, unit) {
  const d = utc(start);
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (unit === 'week' ? 7 : 1));
  return iso(d);
}
function dayBefore(s) { const d = utc(s); d.setUTCDate(d.getUTCDate() - 1); return iso(d); }
function dayWords(s) { const d = utc(s); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; }
function periodWordsOf(period, unit) {
  if (unit === 'month') { const d = utc(period + '-01'); return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; }
  return unit === 'week' ? 'week of ' + dayWords(period) : dayWords(period);
}

/** Calendar ticks for a time axis: the smallest step that gives at most nine. */
function timeTicks(t0, t1) {
  const days = (t1 - t0) / 864e5;
  const steps = [['day', 1], ['day', 7], ['month', 1], ['month', 3], ['month', 6], ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 25]];
  for (const [unit, n] of steps) {
    const approx = unit === 'day' ? n : unit === 'month' ? 30.4 * n : 365.25 * n;
    if (days / approx > 9) continue;
    const d = new Date(t0);
    if (unit === 'day' && n === 7) d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7));  // Mondays
    if (unit === 'month') { if (d.getUTCDate() !== 1) d.setUTCMonth(d.getUTCMonth() + 1, 1); while (d.getUTCMonth() % n) d.setUTCMonth(d.getUTCMonth() + 1); }
    if (unit === 'year') { if (d.getUTCDate() !== 1 || d.getUTCMonth() !== 0) d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1); while (d.getUTCFullYear() % n) d.setUTCFullYear(d.getUTCFullYear() + 1); }
    const ticks = [];
    while (d <= t1 && ticks.length < 12) {
      // Days give their year on a second line, only on the first tick and where the year turns, so nine fit.
      const yearShown = !ticks.length || ticks[ticks.length - 1][0].getUTCFullYear() !== d.getUTCFullYear();
      const label = unit === 'year' ? String(d.getUTCFullYear()) : unit === 'month' ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
        : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
      ticks.push([new Date(d), label, unit === 'day' && yearShown ? String(d.getUTCFullYear()) : null]);
      if (unit === 'day') d.setUTCDate(d.getUTCDate() + n); else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n); else d.setUTCFullYear(d.getUTCFullYear() + n);
    }
    return ticks;
  }
  return [[new Date(t0), iso(new Date(t0)), null]];
}

function niceStep(max) {
  const raw = Math.max(1, max / 4), mag = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * mag >= raw) return m * mag;
  return 10 * mag;
}

// ---- time series -------------------------------------------------------------------------------------------
/**
 * Stacked bars per QuadClass on a true time axis (every period is in the data, empty ones at zero), the Goldstein
 * mean as a line broken where a period has no events. {@code onPeriod(point)} gets a click on a period,
 * {@code onBrush(from, to)} a drag across several.
 */
function drawSeries(box, data, onPeriod, onBrush, emptyText) {
  box.replaceChildren();
  const W = 640, H = 270, L = 44, R = 40, T = 12, B = 40;
  const pts = data.points, unit = data.by;
  const svg = el('svg:svg', { viewBox: `0 0 ${W} ${H}`, 'data-points': pts.length, 'data-periods': pts.filter(p => p.events > 0).length });
  box.append(svg);
  if (!pts.length || !pts.some(p => p.events > 0)) {
    svg.append(el('svg:text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, emptyText));
    return;
  }
  const t0 = utc(periodStart(pts[0].period, unit)), t1 = utc(periodAfter(periodStart(pts[pts.length - 1].period, unit), unit));
  const x = t => L + (W - L - R) * (t - t0) / (t1 - t0);
  const maxCount = Math.max(1, ...pts.map(p => p.events));
  const step = niceStep(maxCount), top = Math.ceil(maxCount / step) * step;
  const yCount = c => T + (H - T - B) * (1 - c / top);
  const yGold = g => T + (H - T - B) * (1 - (g + 10) / 20);
  const axis = el('svg:g', { class: 'axis' });
  for (let c = 0; c <= top; c += step) {
    axis.append(el('svg:line', { class: 'grid', x1: L, y1: yCount(c), x2: W - R, y2: yCount(c) }));
    axis.append(el('svg:text', { x: L - 4, y: yCount(c) + 4, 'text-anchor': 'end' }, String(c)));
  }
  axis.append(el('svg:text', { class: 'unit', x: 10, y: T + (H - T - B) / 2, transform: `rotate(-90 10 ${T + (H - T - B) / 2})`, 'text-anchor': 'middle' }, `events per ${unit}`));
  axis.append(el('svg:line', { class: 'gold-zero', x1: L, y1: yGold(0), x2: W - R, y2: yGold(0) }));
  axis.append(el('svg:text', { class: 'gold-label', x: W - R + 4, y: T + 8 }, '+10'));
  axis.append(el('svg:text', { class: 'gold-label', x: W - R + 4, y: yGold(0) + 4 }, '0'));
  axis.append(el('svg:text', { class: 'gold-label', x: W - R + 4, y: H - B }, '−10'));
  for (const [t, label, year] of timeTicks(t0, t1)) {
    axis.append(el('svg:line', { x1: x(t), y1: H - B, x2: x(t), y2: H - B + 4 }));
    axis.append(el('svg:text', { class: 'tick', x: x(t), y: H - B + 16, 'text-anchor': 'middle' }, label));
    if (year) axis.append(el('svg:text', { class: 'year', x: x(t), y: H - B + 28, 'text-anchor': 'middle' }, year));
  }
  axis.append(el('svg:line', { x1: L, y1: H - B, x2: W - R, y2: H - B }));
  svg.append(axis);
  const span = p => { const s = periodStart(p.period, unit); return [x(utc(s)), x(utc(periodAfter(s, unit)))]; };
  for (const p of pts) {
    if (!p.events) continue;
    const [a, b] = span(p), gap = Math.min(2, (b - a) * 0.15);
    let base = 0;
    for (const [field, cls, label] of QUADS) {
      const c = p[field];
      if (!c) continue;
      const r = el('svg:rect', { class: 'bar ' + cls, x: a + gap, y: yCount(base + c), width: Math.max(1, b - a - 2 * gap), height: yCount(base) - yCount(base + c), 'data-period': p.period });
      r.append(el('svg:title', {}, `${periodWordsOf(p.period, unit)}: ${c} ${label}`));
      svg.append(r);
      base += c;
    }
  }
  // The mean is drawn only through periods with events: an empty stretch breaks the line instead of bridging it.
  let run = [];
  const flush = () => { if (run.length > 1) svg.append(el('svg:polyline', { class: 'goldstein-line', points: run.join(' ') })); run = []; };
  for (const p of pts) {
    if (p.goldstein_mean === null) { flush(); continue; }
    const [a, b] = span(p);
    run.push(`${(a + b) / 2},${yGold(p.goldstein_mean)}`);
  }
  flush();
  for (const p of pts) {
    if (p.goldstein_mean === null) continue;
    const [a, b] = span(p);
    const c = el('svg:circle', { class: 'point', cx: (a + b) / 2, cy: yGold(p.goldstein_mean), r: 3.5, 'data-period': p.period });
    c.append(el('svg:title', {}, `${periodWordsOf(p.period, unit)}: Goldstein mean ${p.goldstein_mean} over ${p.events} events`));
    svg.append(c);
  }
  // One layer takes clicks (a period) and drags (a new period for the view).
  const hit = el('svg:rect', { class: 'brush-area', x: L, y: T, width: W - L - R, height: H - T - B });
  const band = el('svg:rect', { class: 'brush', x: 0, y: T, width: 0, height: H - T - B, visibility: 'hidden' });
  svg.append(band, hit);
  const toX = ev => { const r = svg.getBoundingClientRect(); return (ev.clientX - r.left) * W / r.width; };
  const at = px => pts.find(p => { const [a, b] = span(p); return px >= a && px < b; });
  let x0 = null;
  hit.addEventListener('pointerdown', ev => { x0 = toX(ev); hit.setPointerCapture(ev.pointerId); });
  hit.addEventListener('pointermove', ev => {
    if (x0 === null) return;
    const x1 = toX(ev);
    band.setAttribute('x', Math.min(x0, x1)); band.setAttribute('width', Math.abs(x1 - x0)); band.setAttribute('visibility', 'visible');
  });
  hit.addEventListener('pointerup', ev => {
    const x1 = toX(ev), start = x0;
    x0 = null;
    band.setAttribute('visibility', 'hidden');
    if (start === null) return;
    if (Math.abs(x1 - start) < 5 || !onBrush) {
      const p = at(x1);
      if (p && p.events) onPeriod(p);
      return;
    }
    const a = at(Math.min(start, x1)) || pts[0], b = at(Math.max(start, x1)) || pts[pts.length - 1];
    onBrush(periodStart(a.period, unit), dayBefore(periodAfter(periodStart(b.period, unit), unit)));
  });
  // Keyboard: the chart takes focus; arrows step through the periods with events, Enter lists one.
  const busy = pts.filter(p => p.events > 0);
  let at_ = -1;
  const cursor = el('svg:rect', { class: 'cursor', x: 0, y: T, width: 0, height: H - T - B, visibility: 'hidden' });
  svg.append(cursor);
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-label', `${busy.length} periods with events; arrow keys choose one, Enter lists its events`);
  svg.addEventListener('keydown', k => {
    if (k.key === 'ArrowRight' || k.key === 'ArrowLeft') {
      k.preventDefault();
      at_ = Math.max(0, Math.min(busy.length - 1, at_ + (k.key === 'ArrowRight' ? 1 : -1)));
      const p = busy[at_], [a, b] = span(p);
      cursor.setAttribute('x', a); cursor.setAttribute('width', Math.max(2, b - a)); cursor.setAttribute('visibility', 'visible');
      status(`${periodWordsOf(p.period, unit)}: ${p.events} events, Goldstein mean ${p.goldstein_mean}`);
    } else if (k.key === 'Enter' && at_ >= 0) {
      onPeriod(busy[at_]);
    }
  });
}

/** The events behind one bar: the same filters the series was asked with, narrowed to the bar's period. */
function drill(asked, point, unit, who) {
  const start = periodStart(point.period, unit);
  const end = dayBefore(periodAfter(start, unit));
  const q = Object.assign({}, asked);
  q.from = asked.from && asked.from > start ? asked.from : start;
  q.to = asked.to && asked.to < end ? asked.to : end;
  showList(q, `${who} · ${periodWordsOf(point.period, unit)}`);
}

async function loadOverview() {
  const box = document.getElementById('overview-chart');
  const asked = view();
  await panel('overview', async () => {
    const data = await api('/api/series?' + query(Object.assign({ by: by() }, asked)));
    drawSeries(box, data, p => drill(asked, p, data.by, 'All events'), (from, to) => {
      viewForm().from.value = from; viewForm().to.value = to; applyView();
    }, 'No events in this view');
  }, () => box.replaceChildren());
}

async function loadSeries(ev) {
  if (ev) ev.preventDefault();
  const box = document.getElementById('series-chart');
  const asked = Object.assign({ dyad: seriesDyad() }, view());
  if (ev) saveAddress();
  await panel('series', async () => {
    const data = await api('/api/series?' + query(Object.assign({ by: by() }, asked)));
    const [a, b] = data.dyad.split(/[:>]/);
    document.getElementById('series-title').textContent =
      `${actorName(a)} ${data.dyad.includes('>') ? '→' : '↔'} ${actorName(b)} (${data.dyad}) · ${describe(asked)}`;
    drawSeries(box, data, p => drill(asked, p, data.by, data.dyad), null, 'No events for ' + data.dyad + ' in this view');
  }, () => { box.replaceChildren(); document.getElementById('series-title').textContent = ''; });
}

// ---- most active dyads -------------------------------------------------------------------------------------
async function loadTop() {
  const ol = document.getElementById('top-dyads');
  await panel('top', async () => {
    const data = await api('/api/dyads?' + query(Object.assign({ level: 'country', limit: 12 }, view())));
    ol.replaceChildren();
    if (!data.dyads.length) ol.append(el('li', { class: 'empty-state' }, 'No dyads in this view'));
    const max = Math.max(1, ...data.dyads.map(d => d.events));
    for (const d of data.dyads) {
      const [a, b] = d.dyad.split(':');
      const button = el('button', { type: 'button', 'data-dyad': d.dyad, 'data-events': d.events });
      button.append(el('span', { class: 'who' }, `${actorName(a)} – ${actorName(b)}`), el('span', { class: 'code' }, d.dyad),
        el('span', { class: 'count' }, `${d.events}`), el('span', { class: 'dir' }, `${d.a_to_b} → · ${d.b_to_a} ←`));
      const meter = el('span', { class: 'meter' });
      meter.style.width = (100 * d.events / max) + '%';
      meter.style.background = goldsteinColour(d.goldstein_mean);
      button.append(meter);
      button.title = `${d.dyad}: ${d.events} events, ${d.a_to_b} ${a}→${b}, ${d.b_to_a} ${b}→${a}, Goldstein mean ${d.goldstein_mean}`;
      button.addEventListener('click', () => {
        const f = document.getElementById('series-form');
        f.a.value = a; f.b.value = b; f.dir.value = ':';
        saveAddress();
        loadSeries();
        showList(Object.assign({ dyad: d.dyad }, view()), d.dyad + periodWords(view()));
        document.getElementById('series').scrollIntoView({ behavior: 'smooth' });
      });
      ol.append(el('li'));
      ol.lastChild.append(button);
    }
  }, () => ol.replaceChildren());
}

// ---- actor network -----------------------------------------------------------------------------------------
async function loadNetwork(ev) {
  if (ev) ev.preventDefault();
  const box = document.getElementById('network-chart');
  const asked = view();
  const form = document.getElementById('network-form');
  await panel('network', async () => {
    const data = await api('/api/actors?' + query(Object.assign({ level: form.level.value, limit: form.limit.value }, asked)));
    document.getElementById('network-title').textContent = describe(asked) + periodWords(asked);
    drawNetwork(box, data, asked);
  }, () => box.replaceChildren());
}

function goldsteinColour(g) {
  // -10 red, 0 grey, +10 blue
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [140, 140, 140], red = [192, 57, 43], blue = [31, 95, 168];
  const to = t < 0 ? red : blue, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return `rgb(${c.join(',')})`;
}

/** A small force layout: actors repel, edges pull, so the busiest actors spread out instead of knotting. */
function layout(actors, edges, W, H) {
  const pos = {};
  actors.forEach((a, i) => {
    const ang = 2 * Math.PI * i / actors.length;
    pos[a.code] = { x: W / 2 + (W / 3) * Math.cos(ang), y: H / 2 + (H / 3) * Math.sin(ang) };
  });
  const k = Math.sqrt(W * H / Math.max(1, actors.length)) * 0.7;
  for (let it = 0; it < 250; it++) {
    const heat = 6 * (1 - it / 250) + 0.5, move = {};
    for (const a of actors) move[a.code] = { x: 0, y: 0 };
    for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) {
      const p = pos[actors[i].code], q = pos[actors[j].code];
      let dx = p.x - q.x, dy = p.y - q.y; const d = Math.max(1, Math.hypot(dx, dy));
      const f = k * k / d / d;
      move[actors[i].code].x += dx * f; move[actors[i].code].y += dy * f;
      move[actors[j].code].x -= dx * f; move[actors[j].code].y -= dy * f;
    }
    for (const e of edges) {
      if (e.source === e.target) continue;
      const p = pos[e.source], q = pos[e.target];
      const dx = p.x - q.x, dy = p.y - q.y, d = Math.max(1, Math.hypot(dx, dy)), f = d / k;
      move[e.source].x -= dx * f / 2; move[e.source].y -= dy * f / 2;
      move[e.target].x += dx * f / 2; move[e.target].y += dy * f / 2;
    }
    for (const a of actors) {
      const m = move[a.code], len = Math.max(1e-9, Math.hypot(m.x, m.y)), s = Math.min(len, heat * 5) / len;
      const p = pos[a.code];
      p.x = Math.max(40, Math.min(W - 40, p.x + m.x * s + (W / 2 - p.x) * 0.01));
      p.y = Math.max(30, Math.min(H - 30, p.y + m.y * s + (H / 2 - p.y) * 0.01));
    }
  }
  return pos;
}

function drawNetwork(box, data, asked) {
  box.replaceChildren();
  const W = 560, H = 440;
  const svg = el('svg:svg', { viewBox: `0 0 ${W} ${H}`, 'data-edges': data.edges.length });
  box.append(svg);
  if (!data.edges.length) {
    svg.append(el('svg:text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No events between actors in this view'));
    return;
  }
  const weight = a => a.as_source + a.as_target;
  const actors = data.actors.slice().sort((a, b) => weight(b) - weight(a));
  const pos = layout(actors, data.edges, W, H);
  const radius = a => 5 + Math.min(14, Math.sqrt(weight(a)) * 2);
  const rOf = {};
  for (const a of actors) rOf[a.code] = radius(a);
  const maxEdge = Math.max(1, ...data.edges.map(e => e.events));
  // Arrowheads in user units: as big on a thin edge as on a thick one. One marker per colour.
  const defs = el('svg:defs');
  svg.append(defs);
  const markers = {};
  const marker = colour => {
    if (!markers[colour]) {
      const id = 'arrow' + Object.keys(markers).length;
      const m = el('svg:marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' });
      m.append(el('svg:path', { d: 'M0,0 L10,5 L0,10 z', fill: colour }));
      defs.append(m);
      markers[colour] = id;
    }
    return `url(#${markers[colour]})`;
  };
  for (const e of data.edges) {
    const p = pos[e.source], q = pos[e.target];
    const colour = goldsteinColour(e.goldstein_mean);
    let d;
    if (e.source === e.target) {
      d = `M${p.x},${p.y - rOf[e.source]} c-30,-40 30,-40 ${4},0`;
    } else {
      // Curve each edge a little so A→B and B→A do not overlap, and stop it at the target's rim.
      const mx = (p.x + q.x) / 2 + (q.y - p.y) * 0.12, my = (p.y + q.y) / 2 - (q.x - p.x) * 0.12;
      const dx = q.x - mx, dy = q.y - my, len = Math.max(1, Math.hypot(dx, dy)), r = rOf[e.target] + 2;
      d = `M${p.x},${p.y} Q${mx},${my} ${q.x - dx * r / len},${q.y - dy * r / len}`;
    }
    const path = el('svg:path', {
      class: 'edge', d, fill: 'none', stroke: colour, 'stroke-width': 1 + 6 * e.events / maxEdge, 'marker-end': marker(colour),
      'data-source': e.source, 'data-target': e.target, 'data-events': e.events, tabindex: 0 });
    path.append(el('svg:title', {}, `${actorName(e.source)} → ${actorName(e.target)}: ${e.events} events, Goldstein mean ${e.goldstein_mean}`));
    const open = () => {
      const dyad = e.source + '>' + e.target;
      showList(Object.assign({ dyad }, asked), dyad + periodWords(asked));
    };
    path.addEventListener('click', open);
    path.addEventListener('keydown', k => { if (k.key === 'Enter') open(); });
    svg.append(path);
  }
  // Labels go above a node, or below when a label already sits there.
  const placed = [];
  for (const a of actors) {
    const p = pos[a.code], r = rOf[a.code];
    const g = el('svg:g', { class: 'node' });
    g.append(el('svg:circle', { cx: p.x, cy: p.y, r }));
    let ly = p.y - r - 4;
    const w = a.code.length * 7;
    if (placed.some(b => Math.abs(b.x - p.x) < (w + b.w) / 2 && Math.abs(b.y - ly) < 12)) ly = p.y + r + 12;
    placed.push({ x: p.x, y: ly, w });
    g.append(el('svg:text', { x: p.x, y: ly }, a.code));
    g.append(el('svg:title', {}, `${actorName(a.code)} (${a.code}): ${a.as_source} as source, ${a.as_target} as target`));
    svg.append(g);
  }
}

// ---- map ---------------------------------------------------------------------------------------------------
// The view's events that have a place, as dots on an equirectangular map: x = (lon + 180) * 10, y = (90 - lat) * 10,
// the projection of world.json (scripts/make-world-outline). Events come from /api/events with the view's own
// parameters, the most reported first, in pages of the API's largest size, up to MAP_LIMIT.
const MAP_LIMIT = 2000, MAP_PAGE = 500;
const map = { world: null, events: [], whole: false };

function project(lat, lon) { return [(lon + 180) * 10, (90 - lat) * 10]; }

function placeWords(l) {
  return [l.name, l.admin1 && l.admin1 !== l.name ? l.admin1 : null, l.country].filter(Boolean).join(', ');
}

async function loadMap() {
  const box = document.getElementById('map-chart');
  const asked = view();
  await panel('map', async () => {
    if (!map.world) map.world = await api('/world.json');
    const events = [];
    let total = 0;
    for (let page = 1; events.length < MAP_LIMIT; page++) {
      const data = await api('/api/events?' + query(Object.assign({ sort: '-mentions', page, size: MAP_PAGE }, asked)));
      total = data.total;
      events.push(...data.events);
      if (data.events.length < MAP_PAGE || events.length >= total) break;
    }
    map.events = events.filter(e => e.location && typeof e.location.lat === 'number' && typeof e.location.lon === 'number');
    document.getElementById('map-title').textContent =
      `${map.events.length} of ${total} ${total === 1 ? 'event' : 'events'} have a place`
      + (events.length < total ? ` (of the ${events.length} most reported)` : '') + ' · ' + describe(asked) + periodWords(asked);
    drawMap(box);
  }, () => { box.replaceChildren(); document.getElementById('map-title').textContent = ''; });
}

/** The part of the world to show: the events with a margin, at least 30° wide, in the outline's proportions. */
function mapFrame(points, whole) {
  const [vx, vy, vw, vh] = map.world.viewBox;
  if (whole || !points.length) return [vx, vy, vw, vh];
  const xs = points.map(p => p[0]), ys = points.map(p => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  let w = Math.max(300, (x1 - x0) * 1.25 + 80);
  const h = Math.max((y1 - y0) * 1.25 + 80, w * vh / vw);
  w = h * vw / vh;
  if (w >= vw) return [vx, vy, vw, vh];
  const x = Math.min(Math.max((x0 + x1 - w) / 2, vx), vx + vw - w);
  const y = Math.min(Math.max((y0 + y1 - h) / 2, vy), vy + vh - h);
  return [x, y, w, h].map(v => Math.round(v * 10) / 10);
}

function drawMap(box) {
  const points = map.events.map(e => project(e.location.lat, e.location.lon));
  const frame = mapFrame(points, map.whole);
  const button = document.getElementById('map-world');
  button.setAttribute('aria-pressed', String(map.whole));
  button.hidden = !map.events.length;
  const svg = el('svg:svg', { viewBox: frame.join(' '), 'data-events': map.events.length, class: 'map' });
  svg.append(el('svg:rect', { x: -3600, y: -1800, width: 10800, height: 5400, class: 'sea' }),
    el('svg:path', { d: map.world.land, class: 'land' }), el('svg:path', { d: map.world.borders, class: 'border' }));
  if (!map.events.length) {
    svg.append(el('svg:text', { x: frame[0] + frame[2] / 2, y: frame[1] + frame[3] / 2, 'text-anchor': 'middle',
      class: 'empty', 'font-size': frame[2] / 40 }, 'No event in this view has a place'));
  }
  // A dot is ~11 px across whatever the frame; events at one place fan out on a spiral, each its own dot to click.
  const r = 5.5 * frame[2] / Math.max(320, box.clientWidth || 900);
  const seen = new Map();
  const order = map.events.map((e, i) => i).reverse();  // the most reported drawn last, on top
  for (const i of order) {
    const e = map.events[i];
    let [x, y] = points[i];
    const key = x + ',' + y, k = seen.get(key) || 0;
    seen.set(key, k + 1);
    if (k) { const a = k * 2.39996, d = 2.2 * r * Math.sqrt(k); x += d * Math.cos(a); y += d * Math.sin(a); }
    const words = `${placeWords(e.location)} · ${e.date || 'no date'} · ${e.source ? e.source.code : '—'} → `
      + `${e.target ? e.target.code : '—'} · CAMEO ${e.cameo} ${cameoName(e.cameo)}`;
    const dot = el('svg:circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(2), class: 'event-dot q' + (e.quad_class || 0),
      'data-event': e.id, tabindex: 0, role: 'button', 'aria-label': words });
    dot.append(el('svg:title', {}, words));
    const open = () => {
      for (const d of svg.querySelectorAll('.event-dot.open')) d.classList.remove('open');
      dot.classList.add('open');
      openEvent(e, null);
    };
    dot.addEventListener('click', open);
    dot.addEventListener('keydown', k => { if (k.key === 'Enter') open(); });
    svg.append(dot);
  }
  box.replaceChildren(svg);
}

// ---- event table -------------------------------------------------------------------------------------------
/** Shows in the table exactly the events {@code q} asks for, and says what they are. */
function showList(q, title) {
  list.query = {};
  for (const k of LIST_FIELDS) if (q[k]) list.query[k] = q[k];
  list.title = title;
  list.page = 1;
  const f = document.getElementById('events-form');
  for (const k of ['source', 'target', 'plover', 'text']) f[k].value = q[k] || '';
  loadEvents();
}

function filterEvents(ev) {
  ev.preventDefault();
  const f = document.getElementById('events-form');
  const q = Object.assign({}, view(), { source: f.source.value, target: f.target.value, plover: f.plover.value, text: f.text.value });
  const extra = ['source', 'target', 'plover', 'text'].filter(k => q[k]).map(k => `${k} ${q[k]}`);
  showList(q, ['Events', ...extra].join(' · ') + periodWords(q));
}

/**
 * The export links: the store's own export (as `dyad export` writes it) of exactly the events the table lists, all
 * pages of them, so the file holds what the label counts.
 */
function exportLinks(total) {
  for (const [id, format] of [['export-csv', 'csv'], ['export-json', 'plover-jsonl']]) {
    const p = query(list.query);
    p.set('format', format);
    document.getElementById(id).href = '/api/export?' + p;
  }
  document.getElementById('export-label').textContent = `Export ${total === 1 ? 'this event' : `these ${total} events`}`;
}

/** With a token the link alone cannot authenticate: fetch with the header and save what comes back. */
async function download(ev) {
  if (!token()) return;
  ev.preventDefault();
  const a = ev.currentTarget, box = document.getElementById('export');
  try {
    const res = await fetch(a.href, { headers: { Authorization: 'Bearer ' + token() } });
    if (!res.ok) {
      let body = null;
      try { body = await res.json(); } catch (e) { /* not JSON */ }
      throw new Error((body && body.error) || ('HTTP ' + res.status));
    }
    const url = URL.createObjectURL(await res.blob());
    el('a', { href: url, download: a.getAttribute('download') }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    panelError(box, null);
  } catch (e) { panelError(box, e.message); }
}

async function loadEvents() {
  const p = query(list.query);
  p.set('sort', list.sort);
  p.set('page', list.page);
  p.set('size', list.size);
  await panel('events', async () => {
    const data = await api('/api/events?' + p);
    drawEvents(data);
  }, () => { document.querySelector('#events-table tbody').replaceChildren(); document.getElementById('events-label').textContent = ''; });
}

const BASIS = { document: "from the story's date", text: 'from text', DOCUMENT: "from the story's date", TEXT: 'from text' };

function actorCell(a) {
  const td = el('td');
  if (!a) { td.append(el('span', { class: 'none' }, '—')); return td; }
  td.append(el('span', { class: 'code' }, a.code), el('small', {}, actorName(a.code)));
  if (a.text) td.title = `"${a.text}"`;
  return td;
}

function drawEvents(data) {
  const body = document.querySelector('#events-table tbody');
  body.replaceChildren();
  const label = document.getElementById('events-label');
  label.textContent = `${list.title} · ${describe(list.query)} · ${data.total} ${data.total === 1 ? 'event' : 'events'}`;
  label.dataset.total = data.total;
  exportLinks(data.total);
  const empty = document.getElementById('events-empty');
  empty.hidden = data.total > 0;
  empty.textContent = data.total ? '' : 'No events match this view. Widen the period, choose "all modalities", or clear the filters.';
  for (const e of data.events) {
    const tr = el('tr', { 'data-doc': e.doc, 'data-event': e.id, tabindex: 0 });
    const date = el('td', { class: 'date', 'data-label': 'Date' });
    date.append(el('span', {}, e.date || 'no date'), el('small', {}, [e.date_precision, BASIS[e.date_basis] || e.date_basis].filter(Boolean).join(' · ')));
    const src = actorCell(e.source), tgt = actorCell(e.target);
    src.dataset.label = 'Source'; tgt.dataset.label = 'Target';
    const cameo = el('td', { 'data-label': 'Event' });
    cameo.append(el('span', { class: 'code' }, e.cameo || ''), el('small', {}, cameoName(e.cameo)));
    const gold = el('td', { class: 'num', 'data-label': 'Goldstein' }, e.goldstein === null ? '' : e.goldstein.toFixed(1));
    const mod = el('td', { 'data-label': 'Modality' });
    mod.append(el('span', { class: 'mod mod-' + e.modality }, e.modality || ''));
    const mentions = el('td', { class: 'num', 'data-label': 'Mentions', title: `${e.num_articles} stories, ${e.num_sources} publishers` }, String(e.num_mentions));
    const sentence = el('td', { class: 'wide', 'data-label': 'Sentence' }, e.text);
    const story = el('td', { 'data-label': 'Story' });
    if (e.url && /^https?:\/\//.test(e.url)) {
      const a = el('a', { href: e.url, target: '_blank', rel: 'noopener noreferrer' }, e.publisher || new URL(e.url).hostname);
      a.addEventListener('click', k => k.stopPropagation());
      story.append(a);
    } else story.textContent = e.publisher || e.doc;
    tr.append(date, src, tgt, cameo, gold, mod, mentions, sentence, story);
    const open = () => openEvent(e, tr);
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', k => { if (k.key === 'Enter') open(); });
    body.append(tr);
  }
  for (const th of document.querySelectorAll('#events-table th[data-sort]')) {
    const s = th.dataset.sort;
    th.setAttribute('aria-sort', list.sort === s ? 'ascending' : list.sort === '-' + s ? 'descending' : 'none');
  }
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  document.getElementById('page-info').textContent = `page ${data.page} of ${pages}`;
  document.getElementById('prev').disabled = data.page <= 1;
  document.getElementById('next').disabled = data.page >= pages;
}

function sortBy(field) {
  // A first click sorts the way a reader expects: newest, most reported, most cooperative first; A to Z for codes.
  const descFirst = ['date', 'mentions', 'goldstein'].includes(field);
  list.sort = list.sort === (descFirst ? '-' : '') + field ? (descFirst ? '' : '-') + field : (descFirst ? '-' : '') + field;
  list.page = 1;
  loadEvents();
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

/** The side panel: the event's facts, then its story with the sentence marked; the table stays where it was. */
async function openEvent(e, row) {
  const panelBox = document.getElementById('document');
  for (const r of document.querySelectorAll('#events-table tr.open')) r.classList.remove('open');
  if (row) row.classList.add('open');
  const facts = document.getElementById('doc-event');
  facts.replaceChildren();
  const fact = (k, v) => { if (v === undefined || v === null || v === '') return; facts.append(el('dt', {}, k), el('dd', {}, String(v))); };
  fact('Date', [e.date, e.date_precision, BASIS[e.date_basis] || e.date_basis].filter(Boolean).join(' · '));
  fact('Source', e.source ? `${e.source.code} ${actorName(e.source.code)} ("${e.source.text || ''}")` : '—');
  fact('Target', e.target ? `${e.target.code} ${actorName(e.target.code)} ("${e.target.text || ''}")` : '—');
  fact('CAMEO', `${e.cameo} ${cameoName(e.cameo)} · Goldstein ${e.goldstein} · QuadClass ${e.quad_class} ${QUAD_NAMES[e.quad_class] || ''}`);
  if (e.plover) fact('PLOVER', `${e.plover.type}${e.plover.mode ? ' · ' + e.plover.mode : ''}`);
  fact('Modality', e.modality);
  fact('Reported', `${e.num_mentions} mentions in ${e.num_articles} stories from ${e.num_sources} publishers`);
  if (e.location) {
    const basis = { clause: 'where the sentence says it happened', target: 'the place it was done to', dateline: "the story's dateline" };
    fact('Place', placeWords(e.location) + (basis[e.location.basis] ? ` · ${basis[e.location.basis]}` : '')
      + (typeof e.location.lat === 'number' ? ` · ${e.location.lat.toFixed(2)}, ${e.location.lon.toFixed(2)}` : ''));
  }
  panelBox.hidden = false;
  document.body.classList.add('panel-open');
  await panel('document', async () => {
    const doc = await api('/api/documents/' + encodeURIComponent(e.doc));
    document.getElementById('doc-title').textContent = doc.title || doc.id;
    const meta = document.getElementById('doc-meta');
    meta.replaceChildren(document.createTextNode([doc.id, doc.date, doc.source].filter(Boolean).join(' · ') + ` · ${doc.events.length} event mentions `));
    if (doc.url && /^https?:\/\//.test(doc.url)) meta.append(el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, 'open the story'));
    const box = document.getElementById('doc-text');
    box.replaceChildren(highlighted(doc.text, eventRanges(doc.events, e.span ? e.span[0] : null)));
    const mark = box.querySelector('.selected');
    if (mark) panelBox.scrollTop = Math.max(0, mark.offsetTop - panelBox.clientHeight / 3);
  });
  document.getElementById('doc-close').focus({ preventScroll: true });
}

function closePanel() {
  document.getElementById('document').hidden = true;
  document.body.classList.remove('panel-open');
  const open = document.querySelector('#events-table tr.open');
  if (open) { open.classList.remove('open'); open.focus({ preventScroll: true }); }
}

// ---- code a text ------------------------------------------------------------------------------------------
async function codeText(ev) {
  ev.preventDefault();
  const form = document.getElementById('code-form');
  const button = form.querySelector('button');
  button.disabled = true;
  status('coding… (the first story loads the language models)');
  await panel('code', async () => {
    const res = await api('/api/code', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: form.text.value, date: form.date.value }) });
    const list = document.getElementById('code-events');
    list.replaceChildren();
    if (!res.events.length) list.append(el('li', {}, 'No events found in this text.'));
    const box = document.getElementById('code-text');
    box.replaceChildren(highlighted(res.text, eventRanges(res.events, null)));
    for (const e of res.events) {
      const li = el('li', { class: 'coded-event', tabindex: 0 },
        `${e.date} ${e.source ? e.source.code : '—'} → ${e.target ? e.target.code : '—'} · CAMEO ${e.cameo} ${cameoName(e.cameo)} (Goldstein ${e.goldstein}, QuadClass ${e.quad_class})`
        + ` · ${e.plover ? e.plover.type : ''} · ${e.modality}`);
      li.addEventListener('click', () => box.replaceChildren(highlighted(res.text, eventRanges(res.events, e.span[0]))));
      list.append(li);
    }
    status(`${res.events.length} events coded`);
  });
  button.disabled = false;
}

// ---- start -------------------------------------------------------------------------------------------------
function start() {
  viewForm().addEventListener('submit', applyView);
  document.getElementById('view-reset').addEventListener('click', () => {
    for (const k of ['from', 'to', 'cameo', 'quad']) viewForm()[k].value = '';
    applyView();
  });
  document.getElementById('series-form').addEventListener('submit', loadSeries);
  document.getElementById('network-form').addEventListener('submit', loadNetwork);
  document.getElementById('events-form').addEventListener('submit', filterEvents);
  document.getElementById('code-form').addEventListener('submit', codeText);
  for (const id of ['export-csv', 'export-json']) document.getElementById(id).addEventListener('click', download);
  document.getElementById('prev').addEventListener('click', () => { list.page--; loadEvents(); });
  document.getElementById('next').addEventListener('click', () => { list.page++; loadEvents(); });
  document.getElementById('doc-close').addEventListener('click', closePanel);
  document.getElementById('map-world').addEventListener('click', () => { map.whole = !map.whole; if (map.world) drawMap(document.getElementById('map-chart')); });
  document.addEventListener('keydown', k => { if (k.key === 'Escape' && !document.getElementById('document').hidden) closePanel(); });
  for (const th of document.querySelectorAll('#events-table th[data-sort]')) th.querySelector('button').addEventListener('click', () => sortBy(th.dataset.sort));
  document.getElementById('token-form').addEventListener('submit', ev => {
    ev.preventDefault();
    sessionStorage.setItem('dyad-token', document.getElementById('token').value);
    document.getElementById('token-form').hidden = true;
    load();
  });
  document.querySelector('#code-form [name=date]').value = new Date().toISOString().slice(0, 10);
  restoreAddress();
  load();
}

async function load() {
  try {
    const health = await api('/api/health');
    if (!health.store) {
      status('no event store: only "Code a text" works (start with --db FILE)');
      for (const id of ['overview', 'top', 'series', 'network', 'map', 'events']) document.getElementById(id).hidden = true;
      viewForm().hidden = true;
      return;
    }
    status(`${health.events} events in the store`);
    names = await api('/api/names');
  } catch (e) { panelError(viewForm(), e.message); return; }
  const roots = viewForm().cameo, chosen = roots.value || new URLSearchParams(location.search).get('cameo');
  for (const [code, name] of Object.entries(names.cameo).filter(([c]) => c.length === 2).sort()) roots.append(el('option', { value: code }, `${code} ${name}`));
  if (chosen) roots.value = chosen;
  applyView();
  try {
    // Actor pickers: the codes the store holds, with their names.
    const actors = await api('/api/actors?level=code&limit=1000');
    const codes = new Set();
    for (const a of actors.actors) { codes.add(a.code.slice(0, 3)); codes.add(a.code); }
    const dl = document.getElementById('actor-codes');
    for (const c of [...codes].sort()) if (!c.startsWith('---')) dl.append(el('option', { value: c }, `${actorName(c)}`));
  } catch (e) { /* the pickers still take typed codes */ }
}

document.addEventListener('DOMContentLoaded', start, { once: true });
