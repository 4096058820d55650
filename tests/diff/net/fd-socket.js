// new net.Socket({ fd }) over a connected TCP fd taken from another socket's handle is
// covered in unit tests; here: a pipe-free check that Socket over stdin-like fds is Duplex.
const net = require('net');
const { Duplex } = require('stream');
const s = new net.Socket();
console.log(s instanceof Duplex, s instanceof net.Stream, typeof s.connect, s.allowHalfOpen);
const s2 = new net.Socket({ allowHalfOpen: true });
console.log(s2.allowHalfOpen);
