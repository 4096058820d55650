// A paused reader makes the writer's write() return false; 'drain' comes after resume.
const net = require('net');
let serverSock;
const server = net.createServer((c) => {
  serverSock = c;
  c.pause();
});
server.listen(0, () => {
  const client = net.connect(server.address().port, () => {
    const chunk = Buffer.alloc(64 * 1024, 1);
    let written = 0;
    function fill() {
      while (client.write(chunk)) written += chunk.length;
      written += chunk.length;
      console.log('write returned false', written > 0, client.writableLength > 0, client.bufferSize > 0);
      client.once('drain', () => {
        console.log('drain', client.writableLength);
        client.end();
      });
      let received = 0;
      serverSock.on('data', (d) => { received += d.length; });
      serverSock.on('end', () => {
        console.log('server received all', received === written);
        server.close();
      });
      serverSock.resume();
    }
    fill();
  });
  client.on('close', () => console.log('client close'));
});
