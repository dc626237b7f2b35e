'use strict';
// Bundle-only stand-in for jszip/lib/crc32.js: node's native CRC-32 (zlib.crc32, Node >= 20.15) in
// place of a JavaScript loop over every byte of every part (~3 ms a deck, more before the JIT warms).
// Same contract: strings are binary strings (one byte per character, as jszip's own loop reads them),
// `crc` continues an earlier value, and the result is the signed 32-bit number jszip expects.
const zlib = require('node:zlib');

module.exports = function crc32(input, crc) {
  if (input === undefined || !input.length) return 0;
  const bytes =
    typeof input === 'string' ? Buffer.from(input, 'latin1') : ArrayBuffer.isView(input) ? input : input instanceof ArrayBuffer ? new Uint8Array(input) : Uint8Array.from(input);
  return zlib.crc32(bytes, (crc | 0) >>> 0) | 0;
};
