/**
 * The few error types of casebrief. Library code throws them; only the CLI's
 * entry point prints them and sets the exit code.
 */

/** One problem at a place in a file; `line` and `col` are 1-based. */
export interface Problem {
  file: string;
  line?: number;
  col?: number;
  message: string;
  /** Lines of source shown under the message (a code frame), if any. */
  frame?: string;
}

/** Formats a diagnostic as `file:line:col: message`, as editors and CI parse it. */
export function formatProblem(d: Problem): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.col ?? 1}`;
  return d.frame ? `${where}: ${d.message}\n${d.frame}` : `${where}: ${d.message}`;
}

/** Error codes: what kind of thing went wrong, for tests and for scripts. */
export type ErrorCode =
  | 'E_INPUT' // the case study cannot be read or parsed
  | 'E_SCHEMA' // the case study does not match the schema
  | 'E_TEMPLATE' // a template cannot be compiled or run
  | 'E_MARKUP' // a template emitted markup we do not know
  | 'E_OUTPUT' // an output cannot be written
  | 'E_USAGE'; // the command line is wrong

/** Bad input: a case study, template or output location the user must fix (exit 1). */
export class CaseStudyError extends Error {
  readonly code: ErrorCode;
  /** Every problem found, in file order, as the CLI prints them. */
  readonly problems: Problem[];

  constructor(code: ErrorCode, problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CaseStudyError';
    this.code = code;
    this.problems = problems;
  }
}

/** An option given to casebrief that it cannot take (an unknown format, language, paper, a malformed day). */
export class OptionError extends Error {
  readonly code: 'E_OPTION' | 'E_USAGE' = 'E_OPTION';
  constructor(message: string) {
    super(message);
    this.name = 'OptionError';
  }
}

/** Bad usage of the command line (exit 2), as an option error is. */
export class UsageError extends OptionError {
  override readonly code = 'E_USAGE' as const;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
