'use strict';
// util.parseArgs(): command-line option parsing with Node v20's tokens, checks and errors.

const {
  validateArray, validateBoolean, validateObject, validateString,
} = require('node/internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('node/internal/errors');

// obj[key] only when it is an own property.
function ownValue(obj, key) {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

// A property of the configuration of option `name`, if that option is declared.
function optionProp(options, name, prop) {
  return Object.hasOwn(options, name) ? ownValue(options[name], prop) : undefined;
}

// The arguments after the script (or after the binary for -e/-p).
function defaultArgs() {
  const process = require('process');
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function longNameForShort(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return name;
  }
  return short;
}

function isStringOption(options, name) {
  return optionProp(options, name, 'type') === 'string';
}

// Splits the arguments into option, positional and option-terminator tokens.
function tokenize(args, options) {
  const tokens = [];
  const queue = args.slice();
  let index = -1;
  let pendingFromGroup = 0; // expanded short options still sharing their group's index

  while (queue.length > 0) {
    const arg = queue.shift();
    const next = queue[0];
    if (pendingFromGroup > 0) pendingFromGroup--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    const len = arg.length;
    const short = len >= 2 && arg[0] === '-' && arg[1] !== '-';

    if (short && len === 2) {
      // -f, maybe followed by its value
      const name = longNameForShort(arg[1], options);
      let value;
      let inlineValue;
      if (isStringOption(options, name) && next != null) {
        value = queue.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (short) {
      const first = longNameForShort(arg[1], options);
      if (!isStringOption(options, first)) {
        // -abc is -a -b -c; a string option inside the group takes the rest as its value.
        const expanded = [];
        for (let k = 1; k < len; k++) {
          const name = longNameForShort(arg[k], options);
          if (!isStringOption(options, name) || k === len - 1) {
            expanded.push(`-${arg[k]}`);
          } else {
            expanded.push(`-${arg.slice(k)}`);
            break;
          }
        }
        queue.unshift(...expanded);
        pendingFromGroup = expanded.length;
        continue;
      }
      // -fVALUE
      tokens.push({
        kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (len > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        // --foo, maybe followed by its value
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (isStringOption(options, name) && next != null) {
          value = queue.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
      } else {
        // --foo=value
        const name = arg.slice(2, eq);
        tokens.push({
          kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true,
        });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// Strict mode: the option must be declared and used with or without a value as declared.
function checkUsage(config, token) {
  let name = token.name;
  if (!Object.hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !Object.hasOwn(config.options, negated) ||
        optionProp(config.options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
    name = negated;
  }
  const short = optionProp(config.options, name, 'short');
  const label = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionProp(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label}' does not take an argument`);
  }
}

// Strict mode: a separate value that looks like an option is probably a missing value.
function checkValueNotOptionLike(token) {
  const v = token.value;
  if (token.inlineValue || v == null || v.length <= 1 || v[0] !== '-') return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  if (name === '__proto__') return;
  let value = token.value;
  if (allowNegative && value === undefined && name.startsWith('no-')) {
    name = name.slice(3);
    token.name = name;
    value = false;
  } else if (value === undefined) {
    value = true;
  }
  if (optionProp(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [value];
    else values[name].push(value);
  } else {
    values[name] = value;
  }
}

function validateOptionConfig(name, config) {
  const prefix = `options.${name}`;
  validateObject(config, prefix);
  const type = ownValue(config, 'type');
  if (type !== 'string' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`${prefix}.type`, "('string|boolean')", type);
  }
  if (Object.hasOwn(config, 'short')) {
    const short = config.short;
    validateString(short, `${prefix}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`${prefix}.short`, short, 'must be a single character');
    }
  }
  const multiple = ownValue(config, 'multiple');
  if (Object.hasOwn(config, 'multiple')) validateBoolean(multiple, `${prefix}.multiple`);
  const def = ownValue(config, 'default');
  if (def !== undefined) {
    const check = type === 'string' ? validateString : validateBoolean;
    if (multiple) {
      validateArray(def, `${prefix}.default`);
      for (let i = 0; i < def.length; i++) check(def[i], `${prefix}.default[${i}]`);
    } else {
      check(def, `${prefix}.default`);
    }
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? defaultArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, optionConfig] of Object.entries(options)) validateOptionConfig(name, optionConfig);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(parseConfig, token);
        checkValueNotOptionLike(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [name, optionConfig] of Object.entries(options)) {
    const def = ownValue(optionConfig, 'default');
    if (def !== undefined && result.values[name] === undefined) result.values[name] = def;
  }
  return result;
}

module.exports = { parseArgs };
