/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { YamlEdit, YamlPath } from '../yaml-edit.js';

/**
 * The studio's form, generated from the case study's JSON Schema: one labelled control per value,
 * a fieldset per mapping, lists with "Add" and "Remove", texts in several languages side by side.
 * It shows a parsed case study and reports each change as an edit of the YAML at a path; the YAML
 * text stays the one document (see yaml-edit.ts).
 */

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema | Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  description?: string;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  minimum?: number;
  maximum?: number;
};

export interface FormContext {
  /**
   * Reports an edit; `structural` when the form must be drawn again (items added, removed or
   * moved), then `focus` names the control to put the focus on.
   */
  edit(edit: YamlEdit, structural?: boolean, focus?: string): void;
  /** Saves a picture file into the folder; resolves to its name. */
  upload(file: File): Promise<string>;
}

const LABELS: Record<string, string> = {
  id: 'Id (names the files)',
  title: 'Title',
  language: 'Language of the text',
  cities: 'Cities',
  name: 'Name',
  country: 'Country',
  names: 'Local names',
  coordinates: 'Coordinates',
  lat: 'Latitude',
  lon: 'Longitude',
  partnership: 'Partnership',
  start: 'Start (YYYY-MM-DD)',
  instrument: 'Instrument',
  source: 'Source',
  collection: 'Collection',
  written: 'Year written',
  sections: 'Sections',
  kind: 'Kind',
  heading: 'Heading',
  paragraphs: 'Paragraphs',
  highlights: 'Highlights for the slides',
  timeline: 'Timeline',
  date: 'Date (YYYY, YYYY-MM or YYYY-MM-DD)',
  end: 'End',
  event: 'Event',
  proposed: 'Proposed by the import (not yet checked)',
  key_figures: 'Key figures',
  value: 'Value',
  label: 'Label',
  links: 'Links',
  url: 'Address (https:// or mailto:)',
  image: 'Picture',
  file: 'File',
  alt: 'What it shows (alternative text)',
};
const ITEM: Record<string, string> = {
  cities: 'City',
  sections: 'Section',
  paragraphs: 'Paragraph',
  highlights: 'Highlight',
  timeline: 'Timeline entry',
  key_figures: 'Key figure',
  links: 'Link',
};
const LONG = new Set(['paragraphs', 'highlights', 'event', 'heading']);
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', it: 'Italiano', zh: '中文', fr: 'Français', de: 'Deutsch', es: 'Español' };

const labelOf = (key: string | number) =>
  LABELS[String(key)] ??
  String(key)
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());
const idOf = (path: YamlPath) => `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const isLocalized = (s: Schema) => !!s.anyOf && s.anyOf.length === 2 && s.anyOf[0]!.type === 'string' && s.anyOf[1]!.type === 'object';
const isLangMap = (s: Schema) => s.type === 'object' && !s.properties && typeof s.additionalProperties === 'object';
const isNumberOrText = (s: Schema) => !!s.anyOf && s.anyOf.some((a) => a.type === 'number' || a.type === 'integer') && s.anyOf.some((a) => a.type === 'string');

/** The value a text control's content stands for, as the schema takes it (a year or figure as a number). */
function typed(schema: Schema, text: string): unknown {
  if (isNumberOrText(schema) && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  if (schema.type === 'number' || schema.type === 'integer') {
    // A number as written; anything else stays text, for the check to name.
    return text.trim() === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return text;
}

/** An empty value of `schema`, for a new list item. */
function blank(schema: Schema): unknown {
  if (isLocalized(schema) || schema.type === 'string' || isNumberOrText(schema)) return '';
  if (schema.type === 'object' && schema.properties) {
    const out: Record<string, unknown> = {};
    for (const key of schema.required ?? []) out[key] = key === 'kind' ? 'other' : blank(schema.properties[key]!);
    return out;
  }
  if (schema.type === 'array') return [];
  return '';
}

export function renderForm(container: HTMLElement, data: Record<string, unknown>, schema: Schema, ctx: FormContext): void {
  const language = typeof data.language === 'string' ? data.language : 'en';
  const form = el('div', { class: 'form' });
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    form.append(field([key], key, sub, data[key], (schema.required ?? []).includes(key)));
  }
  container.replaceChildren(form);

  function hint(path: YamlPath, schema: Schema): [HTMLElement | string, string | undefined] {
    if (!schema.description) return ['', undefined];
    const id = `${idOf(path)}-hint`;
    return [el('span', { class: 'hint', id }, schema.description), id];
  }

  function field(path: YamlPath, key: string | number, schema: Schema, value: unknown, required: boolean, label = labelOf(key)): HTMLElement {
    if (isLocalized(schema)) return localized(path, key, schema, value, label);
    if (isLangMap(schema)) return langMap(path, schema, value, label);
    if (schema.type === 'object' && schema.properties) {
      if (value === undefined && !required) return addButton(path, label, schema);
      const box = el('fieldset', {}, el('legend', {}, label));
      const [h] = hint(path, schema);
      if (h) box.append(h);
      const object = (value ?? {}) as Record<string, unknown>;
      if (key === 'image') box.append(pictureUpload(path));
      const row = key === 'coordinates' ? el('div', { class: 'row' }) : box;
      for (const [k, s] of Object.entries(schema.properties)) row.append(field([...path, k], k, s, object[k], (schema.required ?? []).includes(k)));
      if (row !== box) box.append(row);
      if (!required) box.append(removeButton(path, `Remove ${label.toLowerCase()}`));
      return box;
    }
    if (schema.type === 'array') return list(path, key, schema, value, label, required);
    return scalar(path, key, schema, value, label, required);
  }

  function scalar(path: YamlPath, key: string | number, schema: Schema, value: unknown, label: string, required: boolean): HTMLElement {
    const id = idOf(path);
    const [h, hintId] = hint(path, schema);
    const wrap = el('div', { class: 'field' });
    if (schema.type === 'boolean') {
      const box = el('input', { type: 'checkbox', id, ...(hintId ? { 'aria-describedby': hintId } : {}) });
      box.checked = value === true;
      box.addEventListener('change', () => ctx.edit({ path, value: box.checked ? true : undefined }));
      wrap.classList.add('check');
      wrap.append(el('span', { class: 'row' }, box, el('label', { for: id }, label)), h);
      return wrap;
    }
    let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (schema.enum) {
      control = el('select', { id });
      for (const option of schema.enum) control.append(el('option', { value: String(option) }, String(option)));
      control.value = String(value ?? '');
    } else if (LONG.has(String(key)) || LONG.has(String(path[path.length - 2]))) {
      control = el('textarea', { id, rows: String(Math.min(12, Math.max(2, Math.ceil(String(value ?? '').length / 70)))) });
      control.value = String(value ?? '');
    } else {
      const numeric = schema.type === 'number' || schema.type === 'integer';
      control = el('input', { id, type: numeric ? 'number' : 'text', ...(numeric ? { step: 'any' } : {}) });
      control.value = value === undefined || value === null ? '' : String(value);
    }
    if (hintId) control.setAttribute('aria-describedby', hintId);
    if (required) control.setAttribute('aria-required', 'true');
    control.addEventListener('input', () => {
      const v = typed(schema, control.value);
      ctx.edit({ path, value: v === '' && !required ? undefined : v });
    });
    wrap.append(el('label', { for: id }, label), control, h);
    return wrap;
  }

  /** A text in the original language and its translations, side by side. */
  function localized(path: YamlPath, key: string | number, schema: Schema, value: unknown, label: string): HTMLElement {
    let current: string | Record<string, string> | undefined = value as never;
    const box = el('fieldset', { class: 'localized' }, el('legend', {}, label));
    const [h] = hint(path, schema);
    if (h) box.append(h);
    const grid = el('div', { class: 'langs' });
    box.append(grid);
    const long = LONG.has(String(key)) || LONG.has(String(path[path.length - 2]));
    const column = (lang: string, text: string, original: boolean) => {
      const id = `${idOf(path)}-${lang}`;
      const control = long ? el('textarea', { id, rows: String(Math.min(12, Math.max(2, Math.ceil(text.length / 45)))), lang }) : el('input', { id, type: 'text', lang });
      control.value = text;
      const name = `${LANGUAGE_NAMES[lang] ?? lang}${original ? ' (original)' : ''}`;
      const cell = el('div', { class: 'lang' }, el('label', { for: id }, `${label} — `, el('span', { class: 'tag' }, lang), ` ${name}`), control);
      control.addEventListener('input', () => {
        if (typeof current === 'object' && current) {
          current = { ...current, [lang]: control.value };
          ctx.edit({ path: [...path, lang], value: control.value });
        } else if (original) {
          current = control.value;
          ctx.edit({ path, value: control.value === '' ? undefined : control.value });
        } else {
          // The first translation turns the text into a mapping of languages.
          current = { [language]: typeof current === 'string' ? current : '', [lang]: control.value };
          ctx.edit({ path, value: current });
        }
      });
      if (!original) {
        const remove = el('button', { type: 'button', class: 'small' }, `Remove ${LANGUAGE_NAMES[lang] ?? lang}`);
        remove.addEventListener('click', () => ctx.edit({ path: [...path, lang] }, true));
        cell.append(remove);
      }
      grid.append(cell);
    };
    const texts = typeof current === 'object' && current ? current : { [language]: typeof current === 'string' ? current : '' };
    column(language in texts ? language : (Object.keys(texts)[0] ?? language), texts[language] ?? Object.values(texts)[0] ?? '', true);
    for (const [lang, text] of Object.entries(texts)) if (lang !== language && lang !== (language in texts ? language : Object.keys(texts)[0])) column(lang, text, false);
    const shown = () => [...grid.querySelectorAll('[lang]')].map((n) => n.getAttribute('lang'));
    const addId = `${idOf(path)}-add-lang`;
    const picker = el('select', { id: addId });
    for (const lang of ['en', 'it', 'zh', 'fr', 'de', 'es']) if (!(lang in texts)) picker.append(el('option', { value: lang }, `${LANGUAGE_NAMES[lang]} (${lang})`));
    const add = el('button', { type: 'button', class: 'small' }, 'Add translation');
    add.addEventListener('click', () => {
      const lang = picker.value;
      if (!lang || shown().includes(lang)) return;
      column(lang, '', false);
      picker.querySelector(`option[value="${lang}"]`)?.remove();
      (grid.lastElementChild?.querySelector('input, textarea') as HTMLElement | null)?.focus();
    });
    box.append(el('div', { class: 'item-bar' }, el('label', { for: addId }, 'Translation into'), picker, add));
    return box;
  }

  /** A mapping of language tags to names (a city's local names). */
  function langMap(path: YamlPath, schema: Schema, value: unknown, label: string): HTMLElement {
    const box = el('fieldset', {}, el('legend', {}, label));
    const [h] = hint(path, schema);
    if (h) box.append(h);
    const names = (value && typeof value === 'object' ? value : {}) as Record<string, string>;
    for (const [lang, text] of Object.entries(names)) {
      const id = `${idOf(path)}-${lang}`;
      const input = el('input', { id, type: 'text', lang, value: text });
      input.addEventListener('input', () => ctx.edit({ path: [...path, lang], value: input.value }));
      const remove = el('button', { type: 'button', class: 'small' }, `Remove ${lang}`);
      remove.addEventListener('click', () => ctx.edit({ path: [...path, lang] }, true));
      box.append(el('div', { class: 'field' }, el('label', { for: id }, `${LANGUAGE_NAMES[lang] ?? lang} (${lang})`), el('div', { class: 'row' }, input, remove)));
    }
    const addId = `${idOf(path)}-new`;
    const tag = el('input', { id: addId, type: 'text', size: '6', placeholder: 'zh' });
    const add = el('button', { type: 'button', class: 'small' }, 'Add a local name');
    add.addEventListener('click', () => {
      const lang = tag.value.trim();
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
        tag.setCustomValidity('a language tag such as zh, it or pt-BR');
        tag.reportValidity();
        return;
      }
      ctx.edit({ path: [...path, lang], value: '?' }, true);
    });
    box.append(el('div', { class: 'item-bar' }, el('label', { for: addId }, 'Language tag'), tag, add));
    return box;
  }

  function list(path: YamlPath, key: string | number, schema: Schema, value: unknown, label: string, required: boolean): HTMLElement {
    const items = Array.isArray(value) ? value : [];
    const box = el('fieldset', {}, el('legend', {}, label));
    const [h] = hint(path, schema);
    if (h) box.append(h);
    const itemName = ITEM[String(key)] ?? 'Item';
    const tuple = Array.isArray(schema.items);
    items.forEach((item, i) => {
      const itemSchema = (tuple ? (schema.items as Schema[])[i] : (schema.items as Schema)) ?? {};
      const title = `${itemName} ${i + 1}`;
      const wrap = el('div', { class: 'item' });
      wrap.append(field([...path, i], key, itemSchema, item, true, title));
      if (!tuple) {
        const bar = el('div', { class: 'item-bar' });
        if (items.length > 1) bar.append(moveButton(path, i, -1, items.length, title), moveButton(path, i, 1, items.length, title));
        const remove = el('button', { type: 'button', class: 'small' }, `Remove ${title.toLowerCase()}`);
        remove.addEventListener('click', () => ctx.edit({ path: [...path, i] }, true));
        bar.append(remove);
        wrap.append(bar);
      }
      box.append(wrap);
    });
    if (!tuple) {
      const add = el('button', { type: 'button', class: 'small' }, `Add ${itemName.toLowerCase()}`);
      add.addEventListener('click', () =>
        ctx.edit(
          { path: value === undefined ? path : [...path, items.length], value: value === undefined ? [blank(schema.items as Schema)] : blank(schema.items as Schema) },
          true,
        ),
      );
      box.append(add);
    }
    if (!required && value === undefined) box.setAttribute('data-empty', 'true');
    return box;
  }

  /** "Move up" or "Move down" for item `i` of a list of `count`; the focus follows the item, so the key can be pressed again. */
  function moveButton(path: YamlPath, i: number, step: -1 | 1, count: number, title: string): HTMLElement {
    const word = step < 0 ? 'up' : 'down';
    const id = (n: number, w: string) => `${idOf([...path, n])}-move-${w}`;
    const button = el('button', { type: 'button', class: 'small', id: id(i, word), 'aria-label': `Move ${title.toLowerCase()} ${word}` }, step < 0 ? 'Move up' : 'Move down');
    const to = i + step;
    if (to < 0 || to >= count) button.setAttribute('disabled', '');
    button.addEventListener('click', () => {
      // At the top or bottom, the key that still works takes the focus.
      const next = to === 0 ? 'down' : to === count - 1 ? 'up' : word;
      ctx.edit({ path: [...path, i], to }, true, id(to, next));
    });
    return button;
  }

  function addButton(path: YamlPath, label: string, schema: Schema): HTMLElement {
    const add = el('button', { type: 'button', class: 'small' }, `Add ${label.toLowerCase()}`);
    add.addEventListener('click', () => ctx.edit({ path, value: blank(schema) }, true));
    return el('div', { class: 'field' }, add);
  }

  function removeButton(path: YamlPath, text: string): HTMLElement {
    const remove = el('button', { type: 'button', class: 'small' }, text);
    remove.addEventListener('click', () => ctx.edit({ path }, true));
    return remove;
  }

  function pictureUpload(path: YamlPath): HTMLElement {
    const id = `${idOf(path)}-upload`;
    const input = el('input', { id, type: 'file', accept: 'image/png,image/jpeg' });
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const name = await ctx.upload(file).catch(() => undefined);
      if (name) ctx.edit({ path: [...path, 'file'], value: name }, true);
    });
    return el('div', { class: 'field' }, el('label', { for: id }, 'Upload a picture (PNG or JPEG)'), input);
  }
}
