import { CaseStudyError, type Problem } from '../errors.js';
import type { MarkupChild, MarkupElement } from './element-tree.js';
import type { MarkupImage, MarkupOrigin } from './parse-markup.js';

/** Collects every problem found while reading markup, each placed in the template that emitted it. */
export class Reader {
  private readonly problems: Problem[] = [];

  constructor(private readonly origin: MarkupOrigin) {}

  /** The picture a template names in `<image src>`, if the loader read one by that name. */
  image(src: string): MarkupImage | undefined {
    return this.origin.images?.get(src);
  }

  /** The value of an attribute ('' when absent); a missing required one is a problem. */
  attr(el: MarkupElement, name: string, required = false): string {
    const value = el.attributes[name];
    if (value === undefined && required) this.problem(el, `<${el.name}> needs the attribute ${name}="…"`);
    return value ?? '';
  }

  /** A yes/no attribute: absent or "false" is no; present, "true" or the attribute's own name is yes; anything else a problem. */
  flag(el: MarkupElement, name: string): boolean {
    const value = el.attributes[name];
    if (value === undefined || value === 'false') return false;
    if (value === '' || value === 'true' || value === name) return true;
    this.problem(el, `<${el.name} ${name}="${value}"> must be ${name}="true" or ${name}="false"`);
    return false;
  }

  /** Reports attributes of `el` that are not in `known`. */
  allow(el: MarkupElement, known: readonly string[]): void {
    for (const name of Object.keys(el.attributes)) {
      if (!known.includes(name)) {
        const hint = known.length ? ` (known: ${known.join(', ')})` : ' (it takes none)';
        this.problem(el, `unknown attribute ${name}="…" on <${el.name}>${hint}`);
      }
    }
  }

  /** The element children; text other than whitespace between blocks is a problem. */
  elements(children: MarkupChild[]): MarkupElement[] {
    const out: MarkupElement[] = [];
    for (const child of children) {
      if (typeof child !== 'string') out.push(child);
      else if (child.trim()) this.problems.push({ file: this.origin.file, message: `text "${child.trim().slice(0, 40)}" must be inside an element such as <p>` });
    }
    return out;
  }

  /** Reports an element that is not allowed where it stands. */
  unknown(el: MarkupElement, expected: string): void {
    this.problem(el, `unknown element <${el.name}> here; expected ${expected}`);
  }

  /** Reports a problem with `el`, placed at the template line that writes it when that can be found. */
  problem(el: MarkupElement, message: string): void {
    const found = this.locate(el.name);
    if (found) this.problems.push({ ...found, message });
    else this.problems.push({ file: this.origin.file, message: `${message} (markup line ${el.line})` });
  }

  /** Throws every problem found, if there were any. */
  throwIfProblems(): void {
    if (this.problems.length) throw new CaseStudyError('E_MARKUP', this.problems);
  }

  private locate(name: string): Omit<Problem, 'message'> | undefined {
    const tag = new RegExp(`<${name}(?=[\\s/>])`);
    for (const source of this.origin.sources ?? []) {
      const match = tag.exec(source.text);
      if (!match) continue;
      const before = source.text.slice(0, match.index);
      const line = before.split('\n').length;
      return { file: source.file, line, col: match.index - before.lastIndexOf('\n') };
    }
    return undefined;
  }
}
