'use strict';
// headersTimeout with a client that sends half a head and stops: the server answers 408 and
// closes; with a 'clientError' listener the error is ERR_HTTP_REQUEST_TIMEOUT. Nothing here
// measures time: each step waits for the previous one's event.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 20 }, (req, res) => {
  res.end('ok');
});

function slow() {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, () => c.write('GET / HTTP/1.1\r\nHost: a\r\n'));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(got.split('\r\n')[0]));
  });
}

server.listen(0, async () => {
  console.log('options', server.headersTimeout, server.requestTimeout, server.keepAliveTimeout, server.timeout);
  console.log('default reply:', await slow());
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message);
    socket.destroy();
  });
  console.log('with listener:', JSON.stringify(await slow()));
  server.close(() => console.log('closed'));
});
