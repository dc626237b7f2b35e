'use strict';
// Bundle-only stand-in for brotli's decoder, which fontkit needs only for WOFF2 fonts. We read TTF,
// OTF and WOFF files only, and the decoder with its dictionary is half a megabyte to parse at start-up.
module.exports = function decompress() {
  throw new Error('WOFF2 fonts are not supported by this build of casebrief');
};
