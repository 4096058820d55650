#!/usr/bin/env bash
# dns against a real server: starts dnsmasq on a free loopback port with records of every type
# (and a TXT set too big for UDP, to force the TCP fallback), then runs
# tests/unit/dns-dnsmasq-client.js under unode ($1) and under node and compares the output.
# Skips (exit 0) when dnsmasq or node is missing.
set -u
unode=${1:-build/unode}
cd "$(dirname "$0")/../.."
dnsmasq=$(command -v dnsmasq || echo /usr/sbin/dnsmasq)
[ -x "$dnsmasq" ] || { echo "skip: no dnsmasq"; exit 0; }
command -v node >/dev/null || { echo "skip: no node"; exit 0; }
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

# A port free for both UDP and TCP.
port=$(python3 - <<'PY'
import socket
for _ in range(50):
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(('127.0.0.1', 0)); p = u.getsockname()[1]
    t = socket.socket()
    try:
        t.bind(('127.0.0.1', p)); print(p); break
    except OSError: pass
    finally: t.close(); u.close()
PY
)
name() { python3 -c "import sys
print(''.join('%02x%s' % (len(l), l.encode().hex()) for l in sys.argv[1].split('.')) + '00', end='')" "$1"; }
soa="$(name ns1.test)$(name admin.test)$(printf '%08x%08x%08x%08x%08x' 2024010101 3600 600 86400 300)"
args=(--no-daemon --no-resolv --no-hosts --port="$port" --listen-address=127.0.0.1 --bind-interfaces
  --user=root --group=root --pid-file="$tmp/pid" --local=/test/ --address=/a.test/10.1.2.3
  --host-record=h.test,10.0.0.1,fd00::1,300 --host-record=h.test,10.0.0.2
  --mx-host=mx.test,mail1.test,10 --mx-host=mx.test,mail2.test,20
  --txt-record=txt.test,"hello world","second" --txt-record=txt.test,other
  --srv-host=_sip._tcp.srv.test,sip.test,5060,1,2 --srv-host=srv.test,x.test,80,3,4
  --cname=alias.test,h.test --ptr-record=4.3.2.1.in-addr.arpa,ptr.test
  --caa-record=caa.test,0,issue,letsencrypt.org
  '--naptr-record=naptr.test,10,20,U,E2U+sip,!^.*$!sip:info@example.com!,.'
  --dns-rr=soa.test,6,"$soa" --dns-rr=ns.test,2,"$(name ns1.test)")
for i in $(seq 1 40); do args+=(--txt-record=big.test,"abcdefghijklmnopqrstuvwxyz0123456789-record-$i"); done
"$dnsmasq" "${args[@]}" >"$tmp/log" 2>&1 &
pid=$!
# Ready when it answers a query.
for _ in $(seq 1 50); do
  python3 - "$port" <<'PY' && break
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(0.1)
q = bytes([0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 104, 4, 116, 101, 115, 116, 0, 0, 1, 0, 1])
try:
    s.sendto(q, ('127.0.0.1', int(sys.argv[1]))); s.recvfrom(512)
except OSError: sys.exit(1)
PY
  sleep 0.1
done
timeout 20 "$unode" tests/unit/dns-dnsmasq-client.js "$port" >"$tmp/unode.out" 2>&1
timeout 20 node tests/unit/dns-dnsmasq-client.js "$port" >"$tmp/node.out" 2>&1
if ! diff "$tmp/node.out" "$tmp/unode.out"; then
  echo "dns-dnsmasq: unode differs from node"; cat "$tmp/log" | tail -5; exit 1
fi
grep -q '^resolveTxt big.test 40 ' "$tmp/unode.out" || { echo "no big TXT answer"; cat "$tmp/unode.out"; exit 1; }
[ -n "${VERBOSE:-}" ] && cat "$tmp/unode.out"
exit 0
