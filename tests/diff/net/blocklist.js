// BlockList rules and checks, SocketAddress validation and values.
const net = require('net');
function t(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('192.168.1.0', 24);
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addAddress('::1', 'ipv6');
console.log(b.rules);
console.log(b.check('1.2.3.4'), b.check('10.0.0.5'), b.check('10.0.0.11'), b.check('192.168.1.77'),
  b.check('8592:757c:efae:4e45:1::', 'ipv6'), b.check('8592:757c:efae:4e45::f', 'ipv6'),
  b.check('::ffff:1.2.3.4', 'ipv6'), b.check('::1', 'ipv6'), b.check('1.2.3.4', 'ipv6'));
t(() => b.addRange('10.0.0.10', '10.0.0.1'));
t(() => b.addSubnet('1.2.3.4', 33));
t(() => b.addAddress('1.2.3.4', 'ipx'));
t(() => b.check(5));
t(() => b.addAddress('zz'));
const s = new net.SocketAddress({ address: '::1', port: 80, family: 'ipv6', flowlabel: 3 });
console.log(s.address, s.port, s.family, s.flowlabel, s.toJSON(), JSON.stringify(s));
console.log(new net.SocketAddress().toJSON());
t(() => new net.SocketAddress({ port: 70000 }));
t(() => new net.SocketAddress({ family: 'x' }));
t(() => new net.SocketAddress(5));
t(() => new net.SocketAddress({ address: '1.2.3' }));
b.addAddress(s);
console.log(b.check(s), net.SocketAddress.isSocketAddress(s), net.SocketAddress.isSocketAddress({}));
