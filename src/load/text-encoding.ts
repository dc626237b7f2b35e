import path from 'node:path';

/** Encodings a case study may arrive in by mistake, told apart by their byte-order mark. */
const MARKS: readonly [string, readonly number[]][] = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
];

/**
 * Names a UTF-16 or UTF-32 text and says how to save it as UTF-8; undefined for
 * anything else. Text without a byte-order mark is recognised by the zero bytes
 * that Latin letters have in those encodings.
 */
export function wrongEncoding(bytes: Uint8Array, file: string): string | undefined {
  const marked = MARKS.find(([, mark]) => mark.every((b, i) => bytes[i] === b))?.[0];
  const name = marked ?? unmarked(bytes.subarray(0, 256));
  if (!name) return undefined;
  const base = path.basename(file);
  const converted = `${path.basename(file, path.extname(file))}-utf8${path.extname(file) || '.yaml'}`;
  return (
    `is saved as ${name} text${marked ? '' : ' (without a byte-order mark)'}; a case study must be UTF-8: ` +
    `save it again with the encoding UTF-8 (Notepad: Save as → Encoding; VS Code: Save with Encoding), ` +
    `or run \`iconv -f ${name.replace(' ', '')} -t UTF-8 ${base} > ${converted}\``
  );
}

/** UTF-16 or UTF-32 of mostly Latin text, judged by where its zero bytes fall. */
function unmarked(head: Uint8Array): string | undefined {
  if (head.length < 8) return undefined;
  const zeroShare = (step: number, offset: number) => {
    let zero = 0;
    let all = 0;
    for (let i = offset; i < head.length; i += step, all++) if (head[i] === 0) zero++;
    return zero / all;
  };
  const mostly = (step: number, offsets: number[]) => offsets.every((o) => zeroShare(step, o) > 0.9);
  if (mostly(4, [1, 2, 3]) && zeroShare(4, 0) < 0.1) return 'UTF-32 LE';
  if (mostly(4, [0, 1, 2]) && zeroShare(4, 3) < 0.1) return 'UTF-32 BE';
  if (mostly(2, [1]) && zeroShare(2, 0) < 0.1) return 'UTF-16 LE';
  if (mostly(2, [0]) && zeroShare(2, 1) < 0.1) return 'UTF-16 BE';
  return undefined;
}
