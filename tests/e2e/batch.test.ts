import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliProcess } from '../helpers/run-cli.js';
import { sampleText } from '../helpers/case-study.js';

describe('casebrief build DIR with 50 case studies, 3 of them broken', () => {
  it('renders the 47, lists the 3 with their errors, and exits 1', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-batch-'));
    const out = path.join(dir, 'out');
    const data = path.join(dir, 'data');
    const broken = new Set([7, 23, 41]);
    mkdirSync(data);
    for (let i = 1; i <= 50; i++) {
      const id = `case-${String(i).padStart(2, '0')}`;
      let text = sampleText().replace('id: milan-shanghai', `id: ${id}`);
      if (broken.has(i)) text = text.replace('collection:', 'colection:');
      writeFileSync(path.join(data, `${id}.yaml`), text);
    }
    const r = cliProcess(['build', data, '--out', out, '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toHaveLength(47);
    expect(readdirSync(out).filter((f) => f.endsWith('.pptx'))).toHaveLength(47);
    expect(r.err).toMatch(/^3 of 50 case studies failed:$/m);
    for (const i of broken) expect(r.err).toMatch(new RegExp(`case-${String(i).padStart(2, '0')}\\.yaml:\\d+:1: unknown key \`colection\`; did you mean \`collection\`\\?`));
    // Not a terminal: one plain progress line per file.
    expect(r.err.match(/^\[\d+\/50\] .*: (ok|failed)/gm)).toHaveLength(50);
    expect(r.out.trim().split('\n')).toHaveLength(94);
  }, 240_000);
});
