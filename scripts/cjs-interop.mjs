// esbuild's CommonJS interop in a chunk, trimmed to what the chunk needs (used by bundle.mjs).
//
// Exports as plain properties where the binding allows it. esbuild's CommonJS output defines
// every export as a getter, `__export(x, {a: () => f})`, as ES module live bindings need:
// one closure, one accessor and a dictionary entry per name at every start (~270 names in
// the start-up bundle, ~60 KB of young heap), and a getter call at every use while the code
// is interpreted, which is all of a short trace. A binding never assigned after its
// definition needs no getter: a function declaration (hoisted, so its value exists before
// the chunk's first statement) is a property of the export object from the start; a
// variable or class becomes one right after the statement that defines it, where a getter
// would start returning it too (what a chunk in an import cycle sees is unchanged).
// Anything else keeps its getter.
//
// The export object is the chunk's own, not esbuild's copy of it made of getters again; and
// esbuild's helpers that nothing calls any more (each chunk has its own copy) go.
import ts from 'typescript';

const EXPORT_CALL = /\b__export\(([\w$]+),\{([^{}]*)\}\);/;
const ASSIGNMENT = new Set([
  ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.AsteriskAsteriskEqualsToken, ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

/** Names assigned anywhere in the chunk, in any scope (a shadowing inner name counts too: the safe side). */
function assignedNames(file) {
  const names = new Set();
  const targets = (node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    else if (ts.isParenthesizedExpression(node)) targets(node.expression);
    else if (ts.isArrayLiteralExpression(node)) node.elements.forEach(targets);
    else if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p)) targets(p.initializer);
        else if (ts.isShorthandPropertyAssignment(p)) names.add(p.name.text);
        else if (ts.isSpreadAssignment(p)) targets(p.expression);
      }
    } else if (ts.isSpreadElement(node)) targets(node.expression);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) targets(node.left);
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && ASSIGNMENT.has(node.operatorToken.kind)) targets(node.left);
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node))
      && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) targets(node.operand);
    else if ((ts.isForInStatement(node) || ts.isForOfStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) targets(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/**
 * The chunk's top-level bindings: its function declarations, and where the statement
 * defining each variable or class ends.
 */
function topLevel(file) {
  const functions = new Set();
  const definedAt = new Map();
  // A name declared twice is assigned by its second declaration: it keeps its getter.
  const twice = new Set();
  const define = (name, end) => void (definedAt.has(name) ? twice.add(name) : definedAt.set(name, end));
  for (const st of file.statements) {
    if (ts.isFunctionDeclaration(st) && st.name !== undefined) functions.add(st.name.text);
    else if (ts.isClassDeclaration(st) && st.name !== undefined) define(st.name.text, st.end);
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) define(d.name.text, st.end);
    }
  }
  for (const name of twice) definedAt.delete(name);
  return { functions, definedAt };
}

/** `cjs` with plain exports where it can (see the top). */
function plainExports(cjs) {
  const call = EXPORT_CALL.exec(cjs);
  if (call === null) return cjs;
  const [whole, target, list] = call;
  const file = ts.createSourceFile('chunk.js', cjs, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const declaration = file.statements.find((st) => ts.isVariableStatement(st) && st.declarationList.declarations.length === 1
    && st.declarationList.declarations[0].name.getText(file) === target
    && st.declarationList.declarations[0].initializer?.getText(file) === '{}');
  if (declaration === undefined || declaration.end > call.index) return cjs;
  const assigned = assignedNames(file);
  const { functions, definedAt } = topLevel(file);
  const props = [];
  const getters = [];
  /** [from, to, text]: the insertions, and the two replacements below. */
  const edits = [];
  for (const entry of list.split(',')) {
    const m = /^([\w$]+):\(\)=>([\w$]+)$/.exec(entry);
    const [name, local] = m === null ? [] : [m[1], m[2]];
    if (local === undefined || assigned.has(local)) getters.push(entry);
    else if (functions.has(local)) props.push(`${name}:${local}`);
    else if (definedAt.has(local) && definedAt.get(local) > call.index) {
      // In the literal too, as undefined: one shape from the start, instead of a new one
      // (and a longer property array) per name.
      props.push(`${name}:void 0`);
      edits.push([definedAt.get(local), definedAt.get(local), `;${target}.${name}=${local};`]);
    } else getters.push(entry);
  }
  edits.push([declaration.getStart(file), declaration.end, `var ${target}={${props.join(',')}};`]);
  edits.push([call.index, call.index + whole.length, getters.length > 0 ? `__export(${target},{${getters.join(',')}});` : '']);
  edits.sort((a, b) => b[0] - a[0]);
  for (const [from, to, text] of edits) cjs = cjs.slice(0, from) + text + cjs.slice(to);
  return cjs;
}

/** esbuild's helpers, each a top-level `var __name=...;` of its own. */
const HELPER = /^__(create|defProp|getOwnPropDesc|getOwnPropNames|getProtoOf|hasOwnProp|export|copyProps|toESM|toCommonJS)$/;

/**
 * `cjs` without the helper declarations no other code names (repeated: a dropped one may
 * have been the last user of another).
 */
function dropUnusedHelpers(cjs) {
  for (;;) {
    const file = ts.createSourceFile('chunk.js', cjs, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
    const uses = new Map();
    const count = (node) => {
      if (ts.isIdentifier(node)) uses.set(node.text, (uses.get(node.text) ?? 0) + 1);
      ts.forEachChild(node, count);
    };
    count(file);
    const unused = file.statements.filter((st) => ts.isVariableStatement(st) && st.declarationList.declarations.length === 1
      && ts.isIdentifier(st.declarationList.declarations[0].name) && HELPER.test(st.declarationList.declarations[0].name.text)
      && uses.get(st.declarationList.declarations[0].name.text) === 1);
    if (unused.length === 0) return cjs;
    for (const st of unused.reverse()) cjs = cjs.slice(0, st.getStart(file)) + cjs.slice(st.end);
  }
}

/** One chunk, as esbuild's CommonJS transform wrote it, with the interop it needs and no more. */
export function trimInterop(cjs) {
  // esbuild's export object is handed out wrapped in a second one whose every property is a
  // getter of the first (__toCommonJS): the chunk's own serves as it is.
  const own = cjs.replace(/\bmodule\.exports=__toCommonJS\(([\w$]+)\);/, 'module.exports=$1;');
  return dropUnusedHelpers(plainExports(own));
}
