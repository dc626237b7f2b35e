'use strict';
// Bundle-only: handlebars uses source-map's SourceNode when it can load it, and a small built-in
// stand-in otherwise. We never ask for template source maps, so the stand-in does, without loading
// source-map or walking its node trees on every compile.
module.exports = {};
