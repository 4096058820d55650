// os: argument and system errors of getPriority/setPriority, networkInterfaces placeholder.
const os = require('os');
const show = (f) => {
  try { console.log('ok', f()); } catch (e) {
    console.log(e.name, e.code, e.message, Object.keys(e).join(), e.info && JSON.stringify(e.info), e.errno, e.syscall);
  }
};
show(() => os.getPriority(2 ** 31 - 1));
show(() => os.setPriority(2 ** 31 - 1, 1));
show(() => os.setPriority(0, 30));
show(() => os.setPriority(-21));
show(() => os.setPriority(0, 1.5));
show(() => os.getPriority('x'));
show(() => os.getPriority(1.5));
show(() => os.setPriority('0', 1));
show(() => os.setPriority(0, os.getPriority()));
