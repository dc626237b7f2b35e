/// <reference lib="dom" />
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView, basicSetup } from 'codemirror';

/** A problem the server found, at a 1-based line and column. */
export interface Problem {
  file?: string;
  line?: number;
  col?: number;
  message: string;
}

/** Marks a change the page made (a form edit, a file loaded), as opposed to typing. */
const fromPage = Annotation.define<boolean>();

export interface YamlEditor {
  view: EditorView;
  text(): string;
  /** Replaces the text; only the part that differs is changed, so the cursor stays where it was. */
  setText(text: string): void;
  /** Marks problems at their line and column (and clears those no longer there). */
  showProblems(problems: Problem[]): void;
  /** Puts the cursor at a line and column and the focus in the editor. */
  goTo(line: number, col: number): void;
}

/** The YAML tab's editor: CodeMirror 6 with YAML highlighting and the server's problems as diagnostics. */
export function createEditor(parent: HTMLElement, onType: (text: string) => void): YamlEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'YAML of the case study', 'aria-multiline': 'true' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((t) => t.annotation(fromPage))) onType(update.state.doc.toString());
        }),
      ],
    }),
  });
  const positionOf = (line: number, col: number) => {
    const doc = view.state.doc;
    const l = doc.line(Math.min(Math.max(1, line), doc.lines));
    return l.from + Math.min(Math.max(0, col - 1), l.length);
  };
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      const old = view.state.doc.toString();
      if (old === text) return;
      let start = 0;
      while (start < old.length && start < text.length && old[start] === text[start]) start++;
      let endOld = old.length;
      let endNew = text.length;
      while (endOld > start && endNew > start && old[endOld - 1] === text[endNew - 1]) {
        endOld--;
        endNew--;
      }
      view.dispatch({ changes: { from: start, to: endOld, insert: text.slice(start, endNew) }, annotations: fromPage.of(true) });
    },
    showProblems(problems) {
      const doc = view.state.doc;
      const diagnostics: Diagnostic[] = problems.map((p) => {
        const from = positionOf(p.line ?? 1, p.col ?? 1);
        const line = doc.lineAt(from);
        // The mark covers the word at the column (or the rest of the line when there is none).
        const rest = doc.sliceString(from, line.to);
        const word = /^[^\s:,]+/.exec(rest)?.[0].length ?? rest.length;
        return { from, to: Math.min(line.to, from + Math.max(1, word)), severity: 'error', message: p.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goTo(line, col) {
      const pos = positionOf(line, col);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
  };
}
