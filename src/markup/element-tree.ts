import { SaxesParser } from 'saxes';
import { CaseStudyError } from '../errors.js';

/** An element of template markup, with where it starts in the markup (1-based). */
export interface MarkupElement {
  name: string;
  attributes: Record<string, string>;
  children: MarkupChild[];
  line: number;
  col: number;
}

/** Element content: a nested element or a run of character data. */
export type MarkupChild = MarkupElement | string;

/**
 * Parses markup as XML into a plain element tree. Handlebars escapes user text
 * into character references, so user text arrives here as text, never as tags.
 */
export function parseElementTree(markup: string, origin: string): MarkupElement {
  const parser = new SaxesParser({ position: true });
  const stack: MarkupElement[] = [];
  let root: MarkupElement | undefined;
  let failure: { line: number; col: number; message: string } | undefined;

  parser.on('error', (err) => {
    // saxes prefixes "line:col: "; keep our own position format instead.
    failure ??= { line: parser.line, col: parser.column + 1, message: err.message.replace(/^\d+:\d+: /, '') };
  });
  parser.on('opentagstart', (tag) => {
    const element: MarkupElement = { name: tag.name, attributes: {}, children: [], line: parser.line, col: parser.column };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('attribute', (attr) => {
    const current = stack.at(-1);
    if (current) current.attributes[attr.name] = attr.value;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack.at(-1)?.children.push(text);
  });
  parser.write(markup).close();

  if (failure || !root) {
    const f = failure ?? { line: 1, col: 1, message: 'the template produced no markup' };
    throw new CaseStudyError('E_MARKUP', [{ file: origin, line: f.line, col: f.col, message: `the template's markup is not well-formed: ${f.message}` }]);
  }
  return root;
}
