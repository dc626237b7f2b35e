/** The text `casebrief --help` prints. */
export const HELP = `casebrief — a city-partnership case study (YAML) in, a PDF brief and a PowerPoint deck out

Usage:
  casebrief build <file|folder>... [options]   render case studies to PDF and PPTX
  casebrief validate <file|folder>...          check case studies; print every problem
  casebrief watch <file|folder>... [options]   rebuild whenever a case study or template is saved
  casebrief pack <file|folder>... --title TEXT -o FILE.pdf [--deck]
                                               one briefing pack: cover, linked contents, a
                                               chapter per case study (and with --deck one deck)
  casebrief import <file.txt>... --out DIR     turn the survey's plain-text case studies into YAML
  casebrief --help | --version

Build options:
  -o, --out DIR          where to write <id>.pdf and <id>.pptx (default: out/)
  -f, --format LIST      pdf, pptx or pdf,pptx (default: pdf,pptx)
  -t, --templates DIR    your own brief.hbs / deck.hbs / partials/ / messages/
  -l, --lang LANG        language of the brief and deck: en (default), it or zh; texts given
                         in several languages are shown in it, the others in their original
      --as-of DATE       compute the partnership's age and next round anniversary for this
                         day, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH's day)
      --event anniversary  open the deck with the anniversary that falls on or after --as-of
      --paper SIZE       a4 (default) or letter
      --pdfa             write PDF/A-3b, with the YAML source attached
  -j, --jobs N           build N case studies at once: here and on N-1 worker threads
                         (default: one per core)
  -q, --quiet            no progress output
      --debug            print stack traces of unexpected errors

Pack options (and the build options but --out, --format, --jobs):
      --title TEXT       the pack's title, on its cover, e.g. "Mission to Shanghai, May 2027"
  -o, --out FILE.pdf     the PDF to write; --deck writes FILE.pptx beside it
      --deck             also write one deck: a divider slide before each case study's slides

Import options:
  -o, --out DIR          where to write the YAML files (required)
      --force            overwrite YAML files that exist

Examples:
  casebrief build data/milan-shanghai.yaml --out out/
  casebrief build data/ --format pdf --paper letter
  casebrief build data/milan-shanghai.yaml --lang it --as-of 2029-07-03 --event anniversary
  casebrief pack data/ --title "Mission to Shanghai, May 2027" -o out/mission.pdf --deck
  casebrief validate data/*.yaml
  casebrief import cases/*.txt --out data/

Exit status: 0 done, 1 bad input (the message says file:line:col and what to fix), 2 bad usage.
SOURCE_DATE_EPOCH, when set, fixes the dates written into outputs (byte-identical builds).
`;
