import { formatNames } from '../writers/registry.js';

const formatList = formatNames;

/** The options `build`, `validate`, `watch` and `pack` share, as help text. */
const RENDER_OPTIONS = () => `  -t, --templates DIR    your own brief.hbs / deck.hbs / partials/ / messages/
  -l, --lang LANG        language of the brief and deck: en (default), it or zh; texts given
                         in several languages are shown in it, the others in their original
      --as-of DATE       compute the partnership's age and next round anniversary for this
                         day, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH's day)
      --event anniversary  open the deck with the anniversary that falls on or after --as-of
      --paper SIZE       a4 (default) or letter
      --pdfa             write PDF/A-3b, with the YAML source attached
      --deck-template FILE  build the deck inside your office's PowerPoint template
                         (.potx or .pptx): its masters, layouts, theme and logos
      --layout-map FILE  a YAML file pinning a template layout (by name) per kind of slide,
                         e.g. "content: Titolo e contenuto" (see casebrief template check)
      --theme FILE       your office's colours, fonts, logo and footer line for the brief,
                         and its deck template (a YAML file; see docs/theme.md)`;

const FOOTER = `Exit status: 0 done, 1 bad input (the message says file:line:col and what to fix), 2 bad usage,
70 a bug in casebrief (run again with --debug and report what it prints).`;

/** The text `casebrief --help` prints. */
export const HELP = `casebrief — a city-partnership case study (YAML) in, a PDF brief and a PowerPoint deck out

Usage:
  casebrief build <file|folder>... [options]   render case studies to PDF and PPTX
  casebrief validate <file|folder>...          check case studies as a build would; print every problem
  casebrief watch <file|folder>... [options]   rebuild whenever a case study or template is saved
  casebrief pack <file|folder>... --title TEXT -o FILE.pdf [--deck]
                                               one briefing pack: cover, linked contents, a
                                               chapter per case study (and with --deck one deck)
  casebrief import <file.txt>... --out DIR     turn the survey's plain-text case studies into YAML
  casebrief serve [folder] [--port N]          the studio in your browser, and an HTTP API
  casebrief template check FILE.potx           what a deck built in a PowerPoint template will use
  casebrief <command> --help                   the options of one command
  casebrief --help | --version

Examples:
  casebrief build data/milan-shanghai.yaml --out out/
  casebrief build data/ --format pdf --paper letter
  casebrief build data/milan-shanghai.yaml --lang it --as-of 2029-07-03 --event anniversary
  casebrief pack data/ --title "Mission to Shanghai, May 2027" -o out/mission.pdf --deck
  casebrief validate data/*.yaml
  casebrief import cases/*.txt --out data/

${FOOTER}
SOURCE_DATE_EPOCH, when set, fixes the dates written into outputs (byte-identical builds).
`;

/** Each command's own help: what `casebrief <command> --help` prints. */
export function commandHelp(name: string): string | undefined {
  switch (name) {
    case 'build':
      return `casebrief build <file|folder>... [options]

Renders each case study (a .yaml file, or every .yaml in a folder) to <id>.pdf and <id>.pptx.
One case study that fails does not stop the others; its files are left as they were.

Options:
  -o, --out DIR          where to write the files (default: out/)
  -f, --format LIST      ${formatList().join(', ')}, comma-separated (default: ${formatList().join(',')})
${RENDER_OPTIONS()}
  -j, --jobs N           build N case studies at once (default: a thread per 32 of them, at most one per core)
  -q, --quiet            no progress output
      --debug            print stack traces of unexpected errors

Examples:
  casebrief build data/milan-shanghai.yaml
  casebrief build data/ --format pdf --paper letter --out briefs/

${FOOTER}
`;
    case 'validate':
      return `casebrief validate <file|folder>... [options]

Checks each case study as a build would — the YAML, its picture, and the templates run over it —
without writing anything, and prints every problem as file:line:col: what is wrong.

Options (as for build, so that the same templates and language are checked):
  -f, --format LIST      ${formatList().join(', ')}, comma-separated (default: ${formatList().join(',')})
${RENDER_OPTIONS()}
      --debug            print stack traces of unexpected errors

Example:
  casebrief validate data/*.yaml

${FOOTER}
`;
    case 'watch':
      return `casebrief watch <file|folder>... [options]

Builds the case studies, then rebuilds one each time it is saved, and all of them when a
template or message file is saved. Press Ctrl+C to stop.

Options: as for build (see casebrief build --help), but --jobs.

Example:
  casebrief watch data/ --format pdf

${FOOTER}
`;
    case 'pack':
      return `casebrief pack <file|folder>... --title TEXT -o FILE.pdf [options]

One briefing pack: a cover, a linked table of contents and a chapter per case study, in the order
given. All or nothing: if one case study has a problem, every problem is listed and nothing is written.

Options:
      --title TEXT       the pack's title, on its cover, e.g. "Mission to Shanghai, May 2027"
  -o, --out FILE.pdf     the PDF to write
      --deck             also write FILE.pptx beside it: one deck of all the case studies
${RENDER_OPTIONS()}
      --debug            print stack traces of unexpected errors

Example:
  casebrief pack data/ --title "Mission to Shanghai, May 2027" -o out/mission.pdf --deck

${FOOTER}
`;
    case 'template':
      return `casebrief template check FILE [--layout-map FILE.yaml]

Reads a PowerPoint template (.potx or .pptx) as a build with --deck-template would, and says in
plain words: its slide size, masters and layouts, the layout chosen for each kind of slide and why,
the fonts text is measured in, and what the template lacks. Nothing is written.

Options:
      --layout-map FILE  the layout map to check with it (kinds of slide: title, anniversary,
                         section, content, two-column, key-figures, timeline, closing)

Example:
  casebrief template check office.potx
  casebrief build data/milan-shanghai.yaml --deck-template office.potx

Exit status: 0 usable, 1 the template cannot be used (not a presentation, no layouts, encrypted)
or the layout map is wrong (file:line:col), 2 bad usage.
`;
    case 'import':
      return `casebrief import <file.txt>... --out DIR [--force]

Turns case studies in the survey's plain-text form (as copied from the Europe - China Exchange
Platform Survey) into YAML files named <id>.yaml in DIR, every sentence kept as written. Dates it
proposes are marked "proposed: true" for you to check. All or nothing.

Options:
  -o, --out DIR          where to write the YAML files (required)
      --force            overwrite YAML files that exist
      --debug            print stack traces of unexpected errors

Example:
  casebrief import cases/milan-shanghai.txt --out data/

${FOOTER}
`;
    case 'serve':
      return `casebrief serve [folder] [options]

Serves the studio — a page to edit, check and preview the case studies of the folder (default: the
current one), with downloads of the PDF, the deck and packs — and the HTTP API it uses
(described at /api/openapi.json). Prints the address to open; press Ctrl+C to stop.

Options:
  -p, --port N           the port to listen on (default: 4173; 0 for any free port)
      --host ADDRESS     the address to listen on (default: 127.0.0.1, this machine only); any
                         other address needs --token
      --token TOKEN      every API call must send Authorization: Bearer TOKEN (at least 16
                         characters); CASEBRIEF_TOKEN in the environment does the same
      --open             open the studio in the desktop's browser
      --theme FILE       render every brief in your office's colours, fonts, logo and footer
                         line (a YAML file; see docs/theme.md)
      --debug            print stack traces of unexpected errors

Examples:
  casebrief serve data/ --open
  casebrief serve data/ --host 0.0.0.0 --token "$(openssl rand -hex 16)"

${FOOTER}
`;
    default:
      return undefined;
  }
}
