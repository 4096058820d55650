'use strict';
// node:stream/promises — promise versions of pipeline() and finished().

const { isIterable, isNodeStream, isWebStream } = require('node/internal/streams/utils');
const { pipelineImpl } = require('node/internal/streams/pipeline');
const { finished } = require('node/internal/streams/end-of-stream');

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) &&
        !isIterable(lastArg) && !isWebStream(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = { finished, pipeline };
