/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { parseDocument } from 'yaml';
import schema from '../../../schema/case-study.schema.json' with { type: 'json' };
import { applyYamlEdits, YamlEditError, type YamlEdit } from '../yaml-edit.js';
import { createEditor, type Problem } from './editor.js';
import { renderForm } from './form.js';
import { showPages, showSlides } from './preview.js';

/**
 * The studio page: the folder's case studies, a form and a YAML tab over one text, problems marked
 * as you type, a live preview, downloads, packs, saving, and changes made elsewhere shown.
 */

// With --token, the address printed has #token=…; it is kept for this tab and taken off the address bar.
const hash = new URLSearchParams(location.hash.slice(1));
if (hash.get('token')) {
  sessionStorage.setItem('casebrief-token', hash.get('token')!);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem('casebrief-token');

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetch(path, { ...init, headers });
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string) => {
  $('status').textContent = text;
};

/** How long typing must pause before the preview is asked for. */
const PAUSE_MS = 100;

const state = {
  file: undefined as string | undefined,
  /** The text as last read from or written to disk. */
  disk: '',
  version: 0,
  previewTimer: undefined as number | undefined,
  previewAbort: undefined as AbortController | undefined,
  formStale: true,
  tab: 'form' as 'form' | 'yaml',
};

const editor = createEditor($('yaml-editor'), () => changed('yaml'));

/** The text changed (typed in the YAML tab, or edited in the form): mark it, and preview it after a pause. */
function changed(from: 'yaml' | 'form') {
  state.version++;
  // Which edit the text holds now; the preview's data-version says which one it shows.
  document.body.dataset.version = String(state.version);
  updateDirty();
  if (from === 'yaml') {
    state.formStale = true;
    if (state.tab === 'form') drawForm();
  }
  clearTimeout(state.previewTimer);
  state.previewTimer = window.setTimeout(runPreview, PAUSE_MS);
}

function updateDirty() {
  const dirty = state.file !== undefined && editor.text() !== state.disk;
  $('dirty').hidden = !dirty;
  $<HTMLButtonElement>('save').disabled = !dirty;
}

function options(): URLSearchParams {
  const params = new URLSearchParams();
  params.set('lang', $<HTMLSelectElement>('opt-lang').value);
  const asOf = $<HTMLInputElement>('opt-as-of').value;
  if (asOf) params.set('as_of', asOf);
  if ($<HTMLInputElement>('opt-event').checked) params.set('event', 'anniversary');
  params.set('paper', $<HTMLSelectElement>('opt-paper').value);
  if ($<HTMLInputElement>('opt-pdfa').checked) params.set('pdfa', 'true');
  if (state.file) params.set('file', state.file);
  return params;
}

function showProblems(problems: Problem[], warnings: Problem[] = []) {
  editor.showProblems(problems);
  const list = $('problem-list');
  list.replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      li.className = 'error';
      if (p.line) {
        const at = document.createElement('button');
        at.type = 'button';
        at.className = 'at';
        at.textContent = `Line ${p.line}, column ${p.col ?? 1}`;
        at.addEventListener('click', () => {
          selectTab('yaml');
          editor.goTo(p.line!, p.col ?? 1);
        });
        li.append(at, `: ${p.message}`);
      } else li.textContent = p.message;
      return li;
    }),
    ...warnings.map((w) => {
      const li = document.createElement('li');
      li.textContent = `Warning: ${w.message}`;
      return li;
    }),
  );
  if (!problems.length && !warnings.length) {
    const li = document.createElement('li');
    li.textContent = 'None.';
    list.replaceChildren(li);
  }
}

/** The part of the preview on screen: the brief's pages, or the deck's slides. */
const shownPart = (): 'pdf' | 'slides' => ($('slides').hidden ? 'pdf' : 'slides');

/**
 * Asks for the preview of the text as it is now, of the part on screen (the other is asked for
 * when its tab is opened); an older request still running is dropped.
 */
async function runPreview() {
  if (state.file === undefined) return;
  const version = state.version;
  const part = shownPart();
  state.previewAbort?.abort();
  const abort = new AbortController();
  state.previewAbort = abort;
  const params = options();
  params.set('parts', part);
  let res: Response;
  try {
    res = await api(`/api/preview?${params}`, { method: 'POST', body: editor.text(), headers: { 'Content-Type': 'application/yaml' }, signal: abort.signal });
  } catch {
    return;
  }
  const body = await res.json().catch(() => ({}));
  if (abort.signal.aborted || version !== state.version) return;
  if (res.status === 422) {
    showProblems(body.problems ?? []);
    document.body.dataset.problems = String((body.problems ?? []).length);
    return;
  }
  if (!res.ok) {
    showProblems([{ message: body.error ?? `the preview failed (${res.status})` }]);
    return;
  }
  showProblems([], body.warnings ?? []);
  document.body.dataset.problems = '0';
  if (body.slides) showSlides($('slides'), body.slides, version);
  if (body.pdf)
    await showPages(
      $('pages'),
      Uint8Array.from(atob(body.pdf), (c) => c.charCodeAt(0)),
      version,
    );
}

function drawForm() {
  const panel = $('panel-form');
  if (state.file === undefined) return;
  const doc = parseDocument(editor.text());
  const data = doc.errors.length ? undefined : doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = `The YAML has a mistake${doc.errors[0]?.linePos ? ` at line ${doc.errors[0].linePos[0].line}` : ''}; fix it in the YAML tab, and the form comes back.`;
    panel.replaceChildren(p);
    return;
  }
  const focused = document.activeElement?.id;
  renderForm(panel, data as Record<string, unknown>, schema as never, {
    edit: formEdit,
    upload: async (file) => {
      const res = await api(`/api/pictures/${encodeURIComponent(file.name)}`, { method: 'PUT', body: file, headers: { 'Content-Type': file.type } });
      const body = await res.json();
      if (!res.ok) {
        showProblems(body.problems ?? [{ message: body.error }]);
        throw new Error('refused');
      }
      status(`Saved the picture ${body.file}.`);
      return body.file as string;
    },
  });
  state.formStale = false;
  if (focused) document.getElementById(focused)?.focus();
}

/** A change made in the form, applied to the YAML text (comments and untouched text kept). */
function formEdit(edit: YamlEdit, structural = false, focus?: string) {
  try {
    editor.setText(applyYamlEdits(editor.text(), [edit]));
  } catch (err) {
    if (err instanceof YamlEditError) {
      status(err.message);
      return;
    }
    throw err;
  }
  changed('form');
  if (structural) drawForm();
  if (focus) document.getElementById(focus)?.focus();
}

function selectTab(tab: 'form' | 'yaml') {
  state.tab = tab;
  for (const [name, panel] of [
    ['form', 'panel-form'],
    ['yaml', 'panel-yaml'],
  ] as const) {
    const button = $(`tab-${name}`);
    button.setAttribute('aria-selected', String(name === tab));
    button.tabIndex = name === tab ? 0 : -1;
    $(panel).hidden = name !== tab;
  }
  if (tab === 'form' && state.formStale) drawForm();
  if (tab === 'yaml') editor.view.requestMeasure();
}

function selectPreview(which: 'pages' | 'slides') {
  for (const name of ['pages', 'slides'] as const) {
    const button = $(`tab-${name}`);
    button.setAttribute('aria-selected', String(name === which));
    button.tabIndex = name === which ? 0 : -1;
    $(name).hidden = name !== which;
  }
  // The part now on screen may show an older text: ask for it.
  if ($(which).dataset.version !== String(state.version)) void runPreview();
}

/** Tabs as the ARIA pattern has them: click, or arrow keys between the tabs of a list. */
function tabKeys(list: HTMLElement, select: (id: string) => void) {
  const tabs = [...list.querySelectorAll<HTMLElement>('[role=tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab.id));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(tab);
      const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : undefined;
      if (next) {
        e.preventDefault();
        select(next.id);
        next.focus();
      }
    });
  }
}

async function loadList() {
  const res = await api('/api/case-studies');
  if (!res.ok) {
    status((await res.json()).error ?? 'cannot list the case studies');
    return;
  }
  const studies = (await res.json()) as { file: string; id?: string; title?: string; ok: boolean; problems?: number }[];
  const list = $('study-list');
  const ticked = new Set([...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value));
  list.replaceChildren(
    ...studies.map((s, i) => {
      const li = document.createElement('li');
      const tick = document.createElement('input');
      tick.type = 'checkbox';
      tick.value = s.file;
      tick.id = `pack-${i}`;
      tick.checked = ticked.has(s.file);
      const tickLabel = document.createElement('label');
      tickLabel.htmlFor = tick.id;
      tickLabel.className = 'skip';
      tickLabel.textContent = `Put ${s.file} in the pack`;
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'open';
      open.dataset.file = s.file;
      open.setAttribute('aria-current', String(s.file === state.file));
      open.append(s.title ?? s.file);
      const file = document.createElement('span');
      file.className = 'file';
      file.textContent = s.ok ? s.file : `${s.file} — ${s.problems} problem${s.problems === 1 ? '' : 's'}`;
      if (!s.ok) file.classList.add('bad');
      open.append(file);
      open.addEventListener('click', () => openStudy(s.file));
      li.append(tick, tickLabel, open);
      return li;
    }),
  );
}

async function openStudy(file: string) {
  if (state.file && editor.text() !== state.disk && !confirm(`${state.file} has changes that are not saved. Leave them?`)) return;
  const res = await api(`/api/case-studies/${encodeURIComponent(file)}`);
  if (!res.ok) {
    status((await res.json()).error);
    return;
  }
  const text = await res.text();
  state.file = file;
  state.disk = text;
  $('file-title').textContent = file;
  $('disk-banner').hidden = true;
  editor.setText(text);
  for (const b of document.querySelectorAll<HTMLElement>('#study-list button.open')) b.setAttribute('aria-current', String(b.dataset.file === file));
  for (const id of ['download-pdf', 'download-pptx']) $<HTMLButtonElement>(id).disabled = false;
  state.formStale = true;
  changed('form');
  drawForm();
  status(`Opened ${file}.`);
}

async function save() {
  if (!state.file) return;
  const text = editor.text();
  const res = await api(`/api/case-studies/${encodeURIComponent(state.file)}`, { method: 'PUT', body: text, headers: { 'Content-Type': 'application/yaml' } });
  const body = await res.json();
  if (!res.ok) {
    if (body.problems) showProblems(body.problems);
    status(`Not saved: ${body.error ?? 'fix the problems first'}.`);
    return;
  }
  state.disk = text;
  updateDirty();
  status(`Saved ${state.file}.`);
  void loadList();
}

async function download(url: string, init: RequestInit, fallbackName: string) {
  status('Rendering…');
  const res = await api(url, init);
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    if (body.problems) showProblems(body.problems);
    status(`Not made: ${body.error ?? 'fix the problems first'}.`);
    return;
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  status(`Downloaded ${name}.`);
}

function downloadOne(format: 'pdf' | 'pptx') {
  const params = options();
  params.set('format', format);
  void download(`/api/render?${params}`, { method: 'POST', body: editor.text(), headers: { 'Content-Type': 'application/yaml' } }, `case-study.${format}`);
}

function downloadPack(format: 'pdf' | 'pptx') {
  const files = [...document.querySelectorAll<HTMLInputElement>('#study-list input[type=checkbox]:checked')].map((c) => c.value);
  if (!files.length) {
    status('Tick the case studies the pack should hold.');
    return;
  }
  const params = options();
  params.delete('file');
  params.set('format', format);
  const title = $<HTMLInputElement>('pack-title').value.trim() || 'Briefing pack';
  void download(`/api/pack?${params}`, { method: 'POST', body: JSON.stringify({ title, files }), headers: { 'Content-Type': 'application/json' } }, `pack.${format}`);
}

/** Saves a new case study under a free name and opens it. */
async function create(id: string, text: string) {
  const names = new Set([...document.querySelectorAll<HTMLElement>('#study-list button.open')].map((b) => b.dataset.file));
  let file = `${id}.yaml`;
  for (let n = 2; names.has(file); n++) file = `${id}-${n}.yaml`;
  const res = await api(`/api/case-studies/${encodeURIComponent(file)}`, { method: 'PUT', body: text, headers: { 'Content-Type': 'application/yaml' } });
  const body = await res.json();
  if (!res.ok) {
    showProblems(body.problems ?? [{ message: body.error }]);
    status(`Could not make ${file}.`);
    return;
  }
  await loadList();
  await openStudy(file);
}

function dialogs() {
  const newDialog = $<HTMLDialogElement>('new-dialog');
  $('new-study').addEventListener('click', () => newDialog.showModal());
  newDialog.addEventListener('close', async () => {
    if (newDialog.returnValue !== 'ok') return;
    const name = $<HTMLInputElement>('new-name').value;
    const res = await api(`/api/starter?id=${encodeURIComponent(name)}`);
    const text = await res.text();
    const id = /^id: (.*)$/m.exec(text)?.[1] ?? 'new-case-study';
    await create(id, text);
  });
  const importDialog = $<HTMLDialogElement>('import-dialog');
  $('import-study').addEventListener('click', () => importDialog.showModal());
  $<HTMLInputElement>('import-file').addEventListener('change', async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) $<HTMLTextAreaElement>('import-text').value = await file.text();
  });
  importDialog.addEventListener('close', async () => {
    if (importDialog.returnValue !== 'ok') return;
    const res = await api('/api/import', { method: 'POST', body: $<HTMLTextAreaElement>('import-text').value, headers: { 'Content-Type': 'text/plain' } });
    const body = await res.json();
    if (!res.ok) {
      showProblems(body.problems ?? [{ message: body.error }]);
      status('The text could not be imported.');
      return;
    }
    await create(body.id, body.yaml);
    if (body.warnings?.length) showProblems([], body.warnings);
  });
}

/** Changes made to the folder elsewhere: the list is read again, and the open file shown or offered. */
function listen() {
  const source = new EventSource(`/api/events${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  source.addEventListener('changed', async (e) => {
    const { file } = JSON.parse((e as MessageEvent).data) as { file: string };
    void loadList();
    if (file !== state.file) return;
    const res = await api(`/api/case-studies/${encodeURIComponent(file)}`);
    if (!res.ok) return;
    const text = await res.text();
    if (text === state.disk || text === editor.text()) {
      state.disk = text;
      updateDirty();
      return;
    }
    if (editor.text() === state.disk) {
      // Nothing unsaved here: show the file as it is now.
      state.disk = text;
      editor.setText(text);
      state.formStale = true;
      changed('yaml');
      status(`${file} was changed on disk; showing the new version.`);
    } else {
      const banner = $('disk-banner');
      banner.hidden = false;
      banner.dataset.text = text;
    }
  });
  $('disk-load').addEventListener('click', () => {
    const text = $('disk-banner').dataset.text ?? state.disk;
    state.disk = text;
    editor.setText(text);
    $('disk-banner').hidden = true;
    changed('yaml');
  });
  $('disk-keep').addEventListener('click', () => {
    $('disk-banner').hidden = true;
  });
}

function wire() {
  tabKeys($('tab-form').parentElement!, (id) => selectTab(id === 'tab-yaml' ? 'yaml' : 'form'));
  tabKeys($('tab-pages').parentElement!, (id) => selectPreview(id === 'tab-slides' ? 'slides' : 'pages'));
  $('save').addEventListener('click', () => void save());
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') {
      e.preventDefault();
      void save();
    }
  });
  $('download-pdf').addEventListener('click', () => downloadOne('pdf'));
  $('download-pptx').addEventListener('click', () => downloadOne('pptx'));
  $('pack-pdf').addEventListener('click', () => downloadPack('pdf'));
  $('pack-pptx').addEventListener('click', () => downloadPack('pptx'));
  for (const id of ['opt-lang', 'opt-as-of', 'opt-paper', 'opt-event', 'opt-pdfa']) {
    $(id).addEventListener('change', () => {
      // New options make a new preview, of both parts: count it as an edit.
      state.version++;
      document.body.dataset.version = String(state.version);
      void runPreview();
    });
  }
  window.addEventListener('beforeunload', (e) => {
    if (state.file && editor.text() !== state.disk) e.preventDefault();
  });
  dialogs();
  listen();
}

wire();
$<HTMLInputElement>('opt-as-of').value = new Date().toISOString().slice(0, 10);
$('folder-name').textContent = '';
await loadList();
const first = new URLSearchParams(location.search).get('open') ?? document.querySelector<HTMLElement>('#study-list button.open')?.dataset.file;
if (first) await openStudy(first);
document.body.dataset.ready = 'true';
