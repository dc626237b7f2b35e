'use strict';
// Bundle-only stand-in for the part of pako that jszip uses (streaming raw Deflate/Inflate classes,
// see jszip/lib/flate.js): chunks are collected and handed to node's native zlib in one call when the
// stream ends. JavaScript deflate cost ~100 ms a deck; the zip format and its readers do not care which
// deflater wrote the data, and the same input still gives the same bytes.
const zlib = require('node:zlib');

function streamClass(run) {
  return class {
    constructor(options = {}) {
      this.options = options;
      this.chunks = [];
      this.onData = () => {};
    }
    push(data, last) {
      if (data && data.length) this.chunks.push(Buffer.from(data.buffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data));
      if (last) {
        const out = run(Buffer.concat(this.chunks), this.options);
        this.chunks = [];
        this.onData(new Uint8Array(out.buffer, out.byteOffset, out.length));
      }
      return true;
    }
  };
}

const Deflate = streamClass((input, o) => zlib.deflateRawSync(input, { level: o.level === undefined || o.level < 0 ? 6 : o.level }));
const Inflate = streamClass((input) => zlib.inflateRawSync(input));

module.exports = { Deflate, Inflate };
