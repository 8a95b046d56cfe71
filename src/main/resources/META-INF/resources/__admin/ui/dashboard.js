// The dashboard of the Composition Settings Mock: plain JavaScript over the public admin API.
// Every URL is relative to this page (/__admin/ui/), so it works behind a path prefix; everything a
// client sent is put into the page as text (textContent), never as markup.
'use strict';

const ADMIN = new URL('../', window.location.href);
const TOKEN_KEY = 'csmock.admin-token';
const state = { after: null, entries: new Map(), open: new Set(), failing: false };

const $ = (id) => document.getElementById(id);

function token() {
  return window.sessionStorage.getItem(TOKEN_KEY) || '';
}

async function api(path, options = {}) {
  const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
  if (token()) {
    headers.Authorization = 'Bearer ' + token();
  }
  const response = await fetch(new URL(path, ADMIN), Object.assign({}, options, { headers }));
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = text; }
  if (response.status === 401) {
    showStatus('The admin API needs the token (MOCK_ADMIN_TOKEN): enter it above.', true);
    $('token').focus();
  }
  return { status: response.status, ok: response.ok, body };
}

function showStatus(message, error) {
  const status = $('status');
  status.textContent = message;
  status.className = error ? 'error' : '';
  state.failing = !!error;
}

function cell(row, value) {
  const td = document.createElement('td');
  td.textContent = value === null || value === undefined ? '' : String(value);
  row.appendChild(td);
  return td;
}

function button(label, onClick, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (className) b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

function definitionList(pairs) {
  const dl = document.createElement('dl');
  for (const [name, value] of pairs) {
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value === null || value === undefined ? '' : String(value);
    dl.append(dt, dd);
  }
  return dl;
}

// ---- journal

function filters() {
  const query = new URLSearchParams();
  const pairs = { account: 'filter-account', resource: 'filter-resource', method: 'filter-method',
    status: 'filter-status', faulted: 'filter-faulted' };
  for (const [name, id] of Object.entries(pairs)) {
    const value = $(id).value.trim();
    if (value) query.set(name, value);
  }
  return query;
}

function restartJournal() {
  state.after = null;
  state.entries.clear();
  state.open.clear();
  $('journal').tBodies[0].replaceChildren();
  loadJournal();
}

async function loadJournal() {
  const query = filters();
  query.set('limit', '200');
  if (state.after !== null) query.set('after', String(state.after));
  const answer = await api('requests?' + query);
  if (!answer.ok) {
    if (answer.status === 400 && answer.body && answer.body.details) showStatus(answer.body.details.join('; '), true);
    return;
  }
  if (state.failing) showStatus('', false);
  const page = answer.body;
  const first = state.after === null;
  // the first page comes newest first; each poll after it brings the entries after the cursor, oldest first
  if (!first && page.missed > 0) {
    // the journal dropped entries before this page read them: say so where they were
    state.entries.set(state.after + 0.5, { gap: page.missed });
  }
  for (const entry of page.requests) state.entries.set(entry.sequence, entry);
  state.after = page.next;
  if (!first && page.requests.length === 0 && !(page.missed > 0)) return;   // nothing new: no redraw
  while (state.entries.size > 500) state.entries.delete(Math.min(...state.entries.keys()));
  renderJournal();
  renderChart();
}

function gapRow(missed) {
  const row = document.createElement('tr');
  row.className = 'gap';
  const td = cell(row, missed + (missed === 1 ? ' request was' : ' requests were')
    + ' dropped by the journal (mock.journal.max-entries) before this page could show them');
  td.colSpan = 7;
  return row;
}

function renderJournal() {
  const body = $('journal').tBodies[0];
  const rows = [];
  const sequences = [...state.entries.keys()].sort((a, b) => b - a);
  for (const sequence of sequences) {
    const entry = state.entries.get(sequence);
    if (entry.gap) {
      rows.push(gapRow(entry.gap));
      continue;
    }
    const row = document.createElement('tr');
    row.className = 'entry' + (entry.faultId ? ' faulted' : '');
    row.dataset.sequence = String(sequence);
    cell(row, entry.time);
    cell(row, entry.method);
    cell(row, entry.path);
    cell(row, entry.account);
    cell(row, entry.status === null ? 'no answer' : entry.status);
    cell(row, entry.durationMs);
    const rule = cell(row, '');
    if (entry.faultId) {
      const link = document.createElement('a');
      link.href = '#rule-' + encodeURIComponent(entry.faultId);
      link.textContent = entry.faultId;
      link.addEventListener('click', (event) => { event.stopPropagation(); highlightRule(entry.faultId); });
      rule.appendChild(link);
    }
    row.addEventListener('click', () => {
      if (state.open.has(sequence)) state.open.delete(sequence); else state.open.add(sequence);
      renderJournal();
    });
    rows.push(row);
    if (state.open.has(sequence)) rows.push(detailsRow(entry));
  }
  body.replaceChildren(...rows);
  $('journal-count').textContent = '(' + sequences.filter((s) => !state.entries.get(s).gap).length + ' shown)';
}

function detailsRow(entry) {
  const row = document.createElement('tr');
  row.className = 'details';
  const td = document.createElement('td');
  td.colSpan = 7;
  const params = Object.entries(entry.params || {}).map(([k, v]) => k + ' = ' + v).join('\n');
  const headers = Object.entries(entry.headers || {}).map(([k, v]) => k + ': ' + v).join('\n');
  td.appendChild(definitionList([
    ['request id', entry.id],
    ['resource', entry.resource],
    ['status', entry.status === null ? 'none: a connection fault ended it' : entry.status],
    ['duration', entry.durationMs + ' ms'],
    ['rule that fired', entry.faultId ? entry.faultId + (entry.faultReason ? ' (' + entry.faultReason + ')' : '') : 'none'],
    ['outcome', entry.outcome],
    ['params', params + (entry.truncated ? '\n(body longer than the journal keeps: params not shown)' : '')],
    ['headers', headers],
  ]));
  row.appendChild(td);
  return row;
}

// ---- traffic over time: the shown entries per second, stacked by outcome, drawn as SVG (no library)

const SVG = 'http://www.w3.org/2000/svg';
const OUTCOMES = ['ok', 'client', 'server', 'none'];

function outcomeOf(entry) {
  if (entry.status === null || entry.status === undefined) return 'none';
  if (entry.status >= 500) return 'server';
  if (entry.status >= 400) return 'client';
  return 'ok';
}

function renderChart() {
  const chart = $('chart');
  const entries = [...state.entries.values()].filter((entry) => !entry.gap);
  const seconds = new Map();
  for (const entry of entries) {
    const second = Math.floor(Date.parse(entry.time) / 1000);
    if (Number.isNaN(second)) continue;
    const bucket = seconds.get(second) || { ok: 0, client: 0, server: 0, none: 0 };
    bucket[outcomeOf(entry)]++;
    seconds.set(second, bucket);
  }
  const shapes = [];
  if (seconds.size > 0) {
    const last = Math.max(...seconds.keys());
    const first = Math.max(Math.min(...seconds.keys()), last - 119);   // at most the last two minutes
    const width = 720 / (last - first + 1);
    const highest = Math.max(...[...seconds.values()].map((b) => b.ok + b.client + b.server + b.none));
    for (const [second, bucket] of seconds) {
      if (second < first) continue;
      let y = 120;
      for (const outcome of OUTCOMES) {
        if (!bucket[outcome]) continue;
        const height = bucket[outcome] / highest * 116;
        y -= height;
        const rect = document.createElementNS(SVG, 'rect');
        rect.setAttribute('class', outcome);
        rect.setAttribute('x', String((second - first) * width));
        rect.setAttribute('y', String(y));
        rect.setAttribute('width', String(Math.max(1, width - 1)));
        rect.setAttribute('height', String(height));
        const title = document.createElementNS(SVG, 'title');
        title.textContent = new Date(second * 1000).toISOString().substring(11, 19) + ': ' + bucket[outcome] + ' ' + outcome;
        rect.appendChild(title);
        shapes.push(rect);
      }
    }
    $('chart-span').textContent = '(' + (last - first + 1) + ' s, up to ' + highest + ' requests a second)';
  } else {
    $('chart-span').textContent = '(no requests)';
  }
  chart.replaceChildren(...shapes);
}

// ---- the mock's clock

async function loadClock() {
  const answer = await api('clock');
  if (!answer.ok) return;
  const time = new Date(answer.body.nowMs).toISOString().replace('T', ' ').substring(0, 23);
  $('clock').textContent = answer.body.frozen ? 'clock frozen at ' + time : 'clock ' + time;
  $('clock').className = answer.body.frozen ? 'frozen' : '';
}

// ---- rules

function describeMatch(rule) {
  const probability = typeof rule.probability === 'object' && rule.probability !== null
    ? 'p ' + rule.probability.from + '→' + rule.probability.to + ' over ' + rule.probability.overMs + ' ms'
    : rule.probability !== undefined && rule.probability !== 1 ? 'p=' + rule.probability : '';
  const timeWindow = rule.startsAfterMs || rule.activeForMs
    ? 'from ' + (rule.startsAfterMs || 0) + ' ms' + (rule.activeForMs ? ' for ' + rule.activeForMs + ' ms' : '') : '';
  return [rule.method || '*', rule.resource || '*', rule.skip ? 'skip ' + rule.skip : '', probability, timeWindow,
    rule.phase || ''].filter(Boolean).join(' ');
}

function describeEffect(rule) {
  const parts = [];
  if (rule.delay) parts.push('delay ' + JSON.stringify(rule.delay));
  if (rule.fault) parts.push(JSON.stringify(rule.fault));
  return parts.join(' then ');
}

const drawn = { rules: null, accounts: null };

/** Whether this answer differs from the one the table shows (an unchanged table is not redrawn). */
function changed(table, body) {
  const text = JSON.stringify(body);
  if (drawn[table] === text) return false;
  drawn[table] = text;
  return true;
}

async function loadRules() {
  const answer = await api('faults');
  if (!answer.ok || !changed('rules', answer.body)) return;
  const rows = answer.body.map((rule) => {
    const row = document.createElement('tr');
    row.id = 'rule-' + rule.id;
    cell(row, rule.id);
    cell(row, rule.account);
    cell(row, describeMatch(rule));
    cell(row, describeEffect(rule));
    cell(row, rule.hits);
    cell(row, rule.remaining === null ? 'unlimited' : rule.remaining);
    const now = cell(row, (rule.active ? 'active' : 'inactive')
      + (rule.quotaLeft !== undefined && rule.quotaLeft !== null ? ', ' + rule.quotaLeft + ' left in the window' : ''));
    now.className = rule.active ? 'active' : 'inactive';
    cell(row, '').appendChild(button('Delete', async () => {
      await api('faults/' + encodeURIComponent(rule.id), { method: 'DELETE' });
      loadRules();
    }));
    return row;
  });
  $('rules').tBodies[0].replaceChildren(...rows);
}

function highlightRule(id) {
  const row = document.getElementById('rule-' + id);
  if (!row) return;
  row.classList.add('target');
  row.scrollIntoView({ block: 'center' });
  window.setTimeout(() => row.classList.remove('target'), 2000);
}

async function addRule(event) {
  event.preventDefault();
  const errors = $('rule-errors');
  errors.replaceChildren();
  let rule;
  try {
    rule = JSON.parse($('rule-json').value);
  } catch (e) {
    showErrors(['Not JSON: ' + e.message]);
    return;
  }
  const answer = await api('faults', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
  if (answer.ok) {
    showStatus('Rule ' + answer.body.id + ' added', false);
    loadRules();
  } else if (answer.body && answer.body.error) {
    showErrors([answer.body.error].concat(answer.body.details || []));
  } else {
    showErrors(['The mock answered ' + answer.status]);
  }
}

function showErrors(lines) {
  $('rule-errors').replaceChildren(...lines.map((line) => {
    const item = document.createElement('li');
    item.textContent = line;
    return item;
  }));
}

// ---- accounts

function settingsText(settings) {
  if (!settings) return 'not configured';
  return Object.entries(settings).filter(([, v]) => v !== null).map(([k, v]) => k + ': ' + v).join('\n');
}

async function loadAccounts() {
  const answer = await api('accounts?limit=200');
  if (!answer.ok || !changed('accounts', answer.body)) return;
  const rows = answer.body.map((account) => {
    const row = document.createElement('tr');
    cell(row, account.account);
    cell(row, settingsText(account.compositionSettings));
    cell(row, settingsText(account.recordingSettings));
    cell(row, account.requests);
    cell(row, account.faults);
    cell(row, '').appendChild(button('Forget', async () => {
      await api('accounts/' + encodeURIComponent(account.account), { method: 'DELETE' });
      refresh();
      restartJournal();
    }));
    return row;
  });
  $('accounts').tBodies[0].replaceChildren(...rows);
}

// ---- wiring

function refresh() {
  loadRules();
  loadAccounts();
  loadClock();
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  window.sessionStorage.setItem(TOKEN_KEY, $('token').value);
  $('token').value = '';
  showStatus('Token kept for this tab', false);
  restartJournal();
  refresh();
});
$('filters').addEventListener('input', restartJournal);
$('filters').addEventListener('submit', (event) => event.preventDefault());
$('rule-form').addEventListener('submit', addRule);
$('reset').addEventListener('click', async () => {
  const answer = await api('reset', { method: 'POST' });
  if (answer.ok) {
    showStatus('The mock is back to its start-up state', false);
    restartJournal();
    refresh();
  }
});

restartJournal();
refresh();
window.setInterval(() => { if ($('live').checked) loadJournal(); }, 1000);
window.setInterval(() => { if ($('live').checked) refresh(); }, 2000);
