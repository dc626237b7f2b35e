import { readFile } from 'node:fs/promises';
import { CaseStudyError, OptionError } from '../../errors.js';
import type { DeckTemplateOption } from '../../writers/render-options.js';
import { parseLayoutMap } from './layout-map.js';
import { chooseLayouts } from './match-layouts.js';
import { DeckTemplateError, readDeckTemplate, type DeckTemplate } from './read-template.js';

/** Reads a file the user named, or says which and why not. */
async function readUserFile(file: string, what: string, option: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (err as Error).message;
    throw new CaseStudyError('E_INPUT', [{ file, message: `the ${what} cannot be read (${why}); check the path given to ${option}` }]);
  }
}

/** A template's bytes read as a deck template, its errors as `CaseStudyError`s naming the file. */
export async function openDeckTemplate(bytes: Uint8Array, file: string): Promise<DeckTemplate> {
  try {
    return await readDeckTemplate(bytes, file);
  } catch (err) {
    if (err instanceof DeckTemplateError) throw new CaseStudyError('E_INPUT', [{ file: err.file, message: err.message.slice(err.file.length + 2) }]);
    throw err;
  }
}

/**
 * The deck template option of a render, from the paths a user gave: the template's bytes, read
 * and checked (a template that cannot be used, or a layout map naming a layout it lacks, fails here,
 * before anything is rendered), and the layout map's pins.
 */
export async function deckTemplateOption(templateFile: string | undefined, layoutMapFile: string | undefined): Promise<DeckTemplateOption | undefined> {
  if (templateFile === undefined) {
    if (layoutMapFile !== undefined)
      throw new OptionError('a layout map (--layout-map) says which layouts of a deck template to use; give the template too (--deck-template FILE.potx)');
    return undefined;
  }
  const bytes = new Uint8Array(await readUserFile(templateFile, 'deck template', '--deck-template'));
  const layouts = layoutMapFile === undefined ? [] : parseLayoutMap((await readUserFile(layoutMapFile, 'layout map', '--layout-map')).toString('utf8'), layoutMapFile);
  const template = await openDeckTemplate(bytes, templateFile);
  chooseLayouts(template, layouts);
  return { bytes, file: templateFile, ...(layouts.length ? { layouts } : {}) };
}
