'use strict';
// Bundle-only stand-in for tiny-inflate (used by fontkit for WOFF tables and by unicode-trie for its data):
// same contract, `inflate(rawDeflate, dest) → dest` (trimmed when shorter), but node's native zlib instead of
// a JavaScript inflater, which cost ~120 ms of a cold run.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  const length = Math.min(out.length, dest.length);
  dest.set(out.subarray(0, length));
  return length < dest.length ? dest.slice(0, length) : dest;
};
