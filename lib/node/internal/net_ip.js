'use strict';
// IP address syntax checks for net.isIP/isIPv4/isIPv6 (no zero-padded IPv4 octets; IPv6 with
// '::' compression, an embedded IPv4 tail and an optional %zone).

const v4Octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Re = new RegExp(`^${v4Octet}(?:\\.${v4Octet}){3}$`);
const hexGroup = /^[0-9a-fA-F]{1,4}$/;
const zoneRe = /^[0-9a-zA-Z\-.:]+$/;

// Any value counts by its string form, as in Node: isIP({ toString() { return '::1'; } }) is 6.
function isIPv4(s) {
  if (typeof s !== 'string') s = `${s}`;
  return v4Re.test(s);
}

function groupsOk(list) {
  return list.every((g) => hexGroup.test(g));
}

function isIPv6(s) {
  if (typeof s !== 'string') s = `${s}`;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (!zoneRe.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  if (s.length < 2) return false;
  // An IPv4 tail is two groups: it becomes one placeholder group plus one extra.
  let extra = 0;
  const lastColon = s.lastIndexOf(':');
  if (lastColon === -1) return false;
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    s = `${s.slice(0, lastColon + 1)}0`;
    extra = 1;
  }
  const dbl = s.indexOf('::');
  if (dbl === -1) {
    const groups = s.split(':');
    return groups.length + extra === 8 && groupsOk(groups);
  }
  if (s.indexOf('::', dbl + 1) !== -1) return false;
  const head = s.slice(0, dbl);
  const rest = s.slice(dbl + 2);
  const h = head === '' ? [] : head.split(':');
  const r = rest === '' ? [] : rest.split(':');
  if (!groupsOk(h) || !groupsOk(r)) return false;
  return h.length + r.length + extra <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
