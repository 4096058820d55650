'use strict';
// Source questions the REPL asks before running input: is it incomplete (so more lines may
// finish it), and how to run it when it uses top-level await.

// Scans JavaScript text and reports whether it ends inside an open bracket, a template
// literal or a block comment: input that another line could complete. Strings that end at a
// newline are errors, not incomplete input.
function endsOpen(src) {
  const stack = [];
  let i = 0;
  const n = src.length;
  let inTemplate = false;
  while (i < n) {
    const c = src[i];
    if (inTemplate) {
      if (c === '\\') { i += 2; continue; }
      if (c === '`') { inTemplate = false; i++; continue; }
      if (c === '$' && src[i + 1] === '{') { stack.push('${'); inTemplate = false; i += 2; continue; }
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) return true;
      i = end + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      // Past the end: the string goes on after a backslash-newline.
      if (i >= n) return true;
      i++;
      continue;
    }
    if (c === '`') { inTemplate = true; i++; continue; }
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c === ')' || c === ']') stack.pop();
    else if (c === '}') {
      if (stack.pop() === '${') inTemplate = true;
    }
    i++;
  }
  return inTemplate || stack.length > 0;
}

// A SyntaxError that more input could fix: QuickJS reports end of input as an empty token.
function isRecoverable(err, src) {
  if (!(err instanceof SyntaxError)) return false;
  const msg = String(err.message);
  if (/unexpected end of (comment|input)/.test(msg)) return true;
  if (msg === "unexpected token in expression: ''") return true;
  if (msg === 'unexpected end of string') return endsOpen(src);
  return endsOpen(src);
}

// Rewrites input that uses top-level await into an async function. An expression keeps its
// value; statements have their let/const/var declarations turned into global assignments so
// that the names outlive the function, and yield undefined.
function wrapAwait(src, check) {
  const expr = `(async () => { return (\n${src}\n); })()`;
  try {
    check(expr);
    return expr;
  } catch {
    // not an expression
  }
  const body = src.replace(/(^|[;{}\n]\s*)(?:let|const|var)\s+(?=[\w$])/g, '$1');
  const stmt = `(async () => { ${body}\n; return undefined; })()`;
  check(stmt);
  return stmt;
}

module.exports = { endsOpen, isRecoverable, wrapAwait };
