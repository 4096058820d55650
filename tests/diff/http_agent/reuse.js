'use strict';
// A keep-alive Agent reuses one socket for sequential requests; maxSockets: 1 queues
// concurrent ones; agent: false closes after each response.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url} ${req.headers.connection}`);
});
server.on('connection', () => { connections++; });

function get(opts) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, ...opts }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => {
        console.log(JSON.stringify(b), 'reused', req.reusedSocket, 'keep-alive header', res.headers.connection);
        resolve();
      });
    });
  });
}

server.listen(0, async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await get({ agent, path: '/1' });
  await get({ agent, path: '/2' });
  await get({ agent, path: '/3' });
  console.log('connections after sequential', connections);
  const name = agent.getName({ port: server.address().port });
  console.log('free sockets', agent.freeSockets[name] && agent.freeSockets[name].length);
  await Promise.all([get({ agent, path: '/a' }), get({ agent, path: '/b' }), get({ agent, path: '/c' })]);
  console.log('connections after concurrent', connections);
  agent.destroy();
  await get({ agent: false, path: '/noagent' });
  console.log('connections at end', connections);
  server.close(() => console.log('closed'));
});
