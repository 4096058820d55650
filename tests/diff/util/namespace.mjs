// util.inspect of a module namespace object, including a binding still in its TDZ
import * as self from './namespace.mjs';
import util from 'util';
console.log(util.inspect(self));
console.log(util.types.isModuleNamespaceObject(self), util.types.isModuleNamespaceObject({}));
export const a = 1;
export function f() {}
export let late = 2;
export default { d: 1 };
console.log(util.inspect(self, { colors: false }));
console.log(util.inspect({ ns: self }, { depth: 0 }));
