'use strict';
// node:stream/promises — pipeline() and finished() returning promises.

const { pipelinePromise } = require('node/internal/streams/pipeline');
const { finishedPromise } = require('node/internal/streams/finished');

module.exports = {
  finished: function finished(stream, opts) { return finishedPromise(stream, opts); },
  pipeline: function pipeline(...streams) { return pipelinePromise(...streams); },
};
