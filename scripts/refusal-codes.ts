import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Every refusal code the server's source can answer with, read from the source itself (no server runs): the code
 * given to `new DomainError(kind, code, …)`, to `fieldError(kind, code, …)`, to any call after an error kind
 * (`refuse('unprocessable', code)`) and to any parameter named `code` (`refusal(code, field)`, `new
 * ImageRefusal(code, …)`); the `code` of a refusal object (`{ kind, code, field }`, a field error, a problem), of a
 * zod refinement's `params` and a machine's `refusals`. A code built from parts (`${what}.not_found`,
 * `gps.${refusal}`) is followed back: a parameter to the arguments of every call (through helpers that pass it on),
 * a constant to its value, a call to what the function returns, a record's property to the objects it can be, a
 * `for … of` variable to its list, a type to its string literals. A part it cannot follow is listed in `unresolved`,
 * so a new way of building codes fails the check instead of slipping past it.
 */
export interface RefusalCodes {
  /** Each code and the first place (`file:line`) that gives it. */
  codes: Map<string, string>;
  /** Places where a code is built from a part this reading cannot follow: `file:line: text`. */
  unresolved: string[];
}

type Trace = { values: string[]; objects: ts.ObjectLiteralExpression[]; gaps: ts.Node[] };
type Fn = ts.SignatureDeclaration & { body?: ts.Node };
type Call = ts.CallExpression | ts.NewExpression;
type Scope = ts.Block | ts.SourceFile | ts.ModuleBlock | ts.CaseClause;

const KINDS = new Set([
  'bad_request',
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'too_large',
  'rate_limited',
]);
const ZOD_CHECKS = new Set([
  'regex',
  'min',
  'max',
  'length',
  'refine',
  'superRefine',
  'int',
  'positive',
  'nonnegative',
  'gt',
  'gte',
  'lt',
  'lte',
  'multipleOf',
  'startsWith',
  'endsWith',
  'includes',
  'email',
  'url',
  'nonempty',
  'check',
]);
const DOTTED = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const SNAKE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
/** The most codes one template may expand to. */
const MOST = 2000;

const none: Trace = { values: [], objects: [], gaps: [] };
const join = (parts: Trace[]): Trace => ({
  values: parts.flatMap((p) => p.values),
  objects: parts.flatMap((p) => p.objects),
  gaps: parts.flatMap((p) => p.gaps),
});
const isFn = (n: ts.Node): n is Fn => ts.isFunctionLike(n) && 'body' in n;
const isScope = (n: ts.Node): n is Scope => ts.isBlock(n) || ts.isSourceFile(n) || ts.isModuleBlock(n) || ts.isCaseClause(n);
const bare = (e: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)
    ? bare(e.expression)
    : e;
const propName = (p: ts.ObjectLiteralElementLike) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
const nameOf = (n: ts.Node) => {
  const name = (n as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
};

/** The server's own source files: `src/**\/*.ts` without the tests, by path relative to `root`. */
export function serverSources(root: string): Map<string, string> {
  const files = fs.readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' });
  const out = new Map<string, string>();
  for (const f of files.sort())
    if (f.endsWith('.ts') && !f.endsWith('.test.ts'))
      out.set(`src/${f.split(path.sep).join('/')}`, fs.readFileSync(path.join(root, 'src', f), 'utf8'));
  return out;
}

/** Reads the codes of these files (path → text; paths posix and relative, imports resolved among them). */
export function refusalCodes(texts: ReadonlyMap<string, string>): RefusalCodes {
  const sources = new Map<string, ts.SourceFile>();
  for (const [file, text] of texts) sources.set(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  const where = (n: ts.Node) => {
    const sf = n.getSourceFile();
    return `${sf.fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  };

  // --- what a name stands for: a declaration in scope, or an export of another file ---
  const moduleFile = (from: string, spec: string) => {
    if (!spec.startsWith('.')) return undefined;
    const base = path.posix.join(path.posix.dirname(from), spec).replace(/\.js$/, '');
    return [`${base}.ts`, base, `${base}/index.ts`].find((f) => sources.has(f));
  };
  const scopes = new Map<Scope, Map<string, ts.Node | undefined>>();
  /** A scope's names: its functions, classes, types, variables and imports (an import as what it imports). */
  const namesOf = (scope: Scope) => {
    let names = scopes.get(scope);
    if (names) return names;
    names = new Map();
    scopes.set(scope, names);
    for (const s of scope.statements) {
      if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isTypeAliasDeclaration(s)) {
        const n = nameOf(s);
        if (n) names.set(n, s);
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) names.set(d.name.text, d);
      } else if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.importClause?.namedBindings) {
        const b = s.importClause.namedBindings;
        const target = moduleFile(scope.getSourceFile().fileName, s.moduleSpecifier.text);
        if (ts.isNamespaceImport(b)) names.set(b.name.text, target ? sources.get(target) : undefined);
        else for (const e of b.elements) names.set(e.name.text, target ? exported(target, (e.propertyName ?? e.name).text) : undefined);
      }
    }
    return names;
  };
  function exported(file: string, name: string, depth = 0): ts.Node | undefined {
    const sf = sources.get(file);
    if (!sf || depth > 5) return undefined;
    for (const s of sf.statements)
      if (
        ts.isExportDeclaration(s) &&
        s.moduleSpecifier &&
        ts.isStringLiteral(s.moduleSpecifier) &&
        s.exportClause &&
        ts.isNamedExports(s.exportClause)
      )
        for (const e of s.exportClause.elements)
          if (e.name.text === name) {
            const target = moduleFile(file, s.moduleSpecifier.text);
            return target ? exported(target, (e.propertyName ?? e.name).text, depth + 1) : undefined;
          }
    const own = sf.statements.find(
      (s) => nameOf(s) === name || (ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => nameOf(d) === name)),
    );
    if (own && ts.isVariableStatement(own)) return own.declarationList.declarations.find((d) => nameOf(d) === name);
    return own;
  }
  /** The declaration `name` means at `at`: a parameter, a `for … of` variable, or a name of an enclosing scope. */
  const declOf = (name: string, at: ts.Node): ts.Node | undefined => {
    for (let n: ts.Node | undefined = at; n; n = n.parent) {
      if (isFn(n)) for (const p of n.parameters) if (ts.isIdentifier(p.name) && p.name.text === name) return p;
      if (ts.isForOfStatement(n) && ts.isVariableDeclarationList(n.initializer))
        for (const d of n.initializer.declarations) if (nameOf(d) === name) return d;
      if (isScope(n)) {
        const names = namesOf(n);
        if (names.has(name)) return names.get(name);
      }
    }
    return undefined;
  };
  /** The function (or class constructor) a callee names, `f` or `ns.f`, when this reading can see it. */
  const calleeFn = (callee: ts.Expression): Fn | undefined => {
    let d: ts.Node | undefined;
    if (ts.isIdentifier(callee)) d = declOf(callee.text, callee);
    else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
      const ns = declOf(callee.expression.text, callee);
      if (ns && ts.isSourceFile(ns)) d = exported(ns.fileName, callee.name.text);
    }
    if (d && ts.isVariableDeclaration(d) && d.initializer) d = bare(d.initializer);
    if (d && ts.isClassDeclaration(d)) d = d.members.find(ts.isConstructorDeclaration);
    return d && isFn(d) ? d : undefined;
  };

  // --- every call, by the function it calls and by the name it calls ---
  const visitAll = (visit: (n: ts.Node) => void) => {
    const walk = (n: ts.Node): void => {
      visit(n);
      ts.forEachChild(n, walk);
    };
    for (const sf of sources.values()) walk(sf);
  };
  const calls = new Map<Fn, Call[]>();
  const callsByName = new Map<string, Call[]>();
  const add = <K>(map: Map<K, Call[]>, key: K, call: Call) => {
    const list = map.get(key);
    if (list) list.push(call);
    else map.set(key, [call]);
  };
  visitAll((n) => {
    if (!ts.isCallExpression(n) && !ts.isNewExpression(n)) return;
    const fn = calleeFn(n.expression);
    if (fn) add(calls, fn, n);
    const name = ts.isIdentifier(n.expression)
      ? n.expression.text
      : ts.isPropertyAccessExpression(n.expression)
        ? n.expression.name.text
        : '';
    add(callsByName, `${n.getSourceFile().fileName}#${name}`, n);
  });
  /**
   * The calls of a function: those that name it; else, for one handed around under its name (`const { fail } =
   * collector()`), the calls of that name in its file; none at all for an exported one nothing in the server calls.
   */
  const callsOf = (fn: Fn): Call[] | 'none' => {
    const direct = calls.get(fn);
    if (direct) return direct;
    const holder = ts.isVariableDeclaration(fn.parent) ? fn.parent : fn;
    const byName = callsByName.get(`${fn.getSourceFile().fileName}#${nameOf(holder) ?? ''}`);
    if (byName) return byName;
    const statement = ts.isVariableDeclaration(holder) ? holder.parent.parent : holder;
    const isExported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    return isExported ? 'none' : [];
  };

  // --- what an expression can be: strings, objects (to read a property of), and the parts it cannot follow ---
  const memo = new Map<string, Trace>();
  const busy = new Set<string>();
  const gapOf = (e: ts.Node, strict: boolean): Trace => ({ values: [], objects: [], gaps: strict ? [e] : [] });
  const literalTypes = (t: ts.TypeNode | undefined): Trace | undefined => {
    if (!t) return undefined;
    if (ts.isUnionTypeNode(t)) {
      const parts = t.types.map(literalTypes);
      return parts.every(Boolean) ? join(parts as Trace[]) : undefined;
    }
    if (ts.isLiteralTypeNode(t)) {
      if (ts.isStringLiteral(t.literal)) return { values: [t.literal.text], objects: [], gaps: [] };
      return t.literal.kind === ts.SyntaxKind.NullKeyword ? none : undefined;
    }
    if (t.kind === ts.SyntaxKind.UndefinedKeyword) return none;
    if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) {
      const d = declOf(t.typeName.text, t);
      return d && ts.isTypeAliasDeclaration(d) ? literalTypes(d.type) : undefined;
    }
    return undefined;
  };
  const returnsOf = (fn: Fn, strict: boolean): Trace => {
    const typed = literalTypes(fn.type);
    if (typed) return typed;
    if (!fn.body) return gapOf(fn, strict);
    if (!ts.isBlock(fn.body)) return trace(fn.body as ts.Expression, strict);
    const out: Trace[] = [];
    const walk = (n: ts.Node): void => {
      if (ts.isReturnStatement(n)) out.push(n.expression ? trace(n.expression, strict) : none);
      else if (!isFn(n)) ts.forEachChild(n, walk);
    };
    ts.forEachChild(fn.body, walk);
    return join(out);
  };
  const paramValues = (fn: Fn, p: ts.ParameterDeclaration, strict: boolean): Trace => {
    const typed = literalTypes(p.type);
    if (typed) return typed;
    const index = fn.parameters.indexOf(p);
    const sites = callsOf(fn);
    if (sites === 'none') return none;
    if (sites.length === 0) return gapOf(p, strict);
    return join(
      sites.map((c) => {
        const arg = c.arguments?.[index];
        if (arg && !ts.isSpreadElement(arg)) return trace(arg, strict);
        return p.initializer ? trace(p.initializer, strict) : gapOf(c, strict);
      }),
    );
  };
  /** What `e` can be. `strict`: a part it cannot follow is a gap (else only what it finds counts). */
  function trace(e: ts.Expression, strict: boolean): Trace {
    e = bare(e);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { values: [e.text], objects: [], gaps: [] };
    if (ts.isObjectLiteralExpression(e)) return { values: [], objects: [e], gaps: [] };
    if (ts.isArrayLiteralExpression(e)) return join(e.elements.map((x) => trace(ts.isSpreadElement(x) ? x.expression : x, strict)));
    if (e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.FalseKeyword || (ts.isIdentifier(e) && e.text === 'undefined'))
      return none;
    if (ts.isConditionalExpression(e)) return join([trace(e.whenTrue, strict), trace(e.whenFalse, strict)]);
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(e.operatorToken.kind))
      return join([trace(e.left, false), trace(e.right, strict)]);
    if (ts.isTemplateExpression(e)) {
      let values = [e.head.text];
      const gaps: ts.Node[] = [];
      for (const span of e.templateSpans) {
        const piece = trace(span.expression, true);
        gaps.push(...piece.gaps);
        values = values.flatMap((v) => piece.values.map((p) => v + p + span.literal.text)).slice(0, MOST);
      }
      return { values, objects: [], gaps: strict ? gaps : [] };
    }
    const key = `${e.getSourceFile().fileName}:${e.pos}:${e.end}:${strict}`;
    const known = memo.get(key);
    if (known) return known;
    // a value that leads back to itself (a recursive helper) adds nothing more
    if (busy.has(key)) return none;
    busy.add(key);
    const found = followed(e, strict);
    busy.delete(key);
    memo.set(key, found);
    return found;
  }
  function followed(e: ts.Expression, strict: boolean): Trace {
    if (ts.isCallExpression(e)) {
      const fn = calleeFn(e.expression);
      return fn ? returnsOf(fn, strict) : gapOf(e, strict);
    }
    if (ts.isPropertyAccessExpression(e)) {
      const of = trace(e.expression, strict);
      const props = of.objects.flatMap((o) => o.properties.filter((p) => propName(p) === e.name.text));
      const read = props.map((p) =>
        ts.isPropertyAssignment(p)
          ? trace(p.initializer, strict)
          : ts.isShorthandPropertyAssignment(p)
            ? trace(p.name, strict)
            : gapOf(p, strict),
      );
      const unread = of.values.length > 0 || (of.objects.length > 0 && props.length === 0) ? [gapOf(e, strict)] : [];
      return join([{ ...none, gaps: of.gaps }, ...read, ...unread]);
    }
    if (!ts.isIdentifier(e)) return gapOf(e, strict);
    const d = declOf(e.text, e);
    if (d && ts.isParameter(d) && isFn(d.parent)) return paramValues(d.parent, d, strict);
    if (d && ts.isVariableDeclaration(d) && ts.isForOfStatement(d.parent.parent)) return trace(d.parent.parent.expression, strict);
    if (d && ts.isVariableDeclaration(d) && d.initializer) return trace(d.initializer, strict);
    return gapOf(e, strict);
  }

  // --- the places that give a code ---
  const codes = new Map<string, string>();
  const unresolved = new Set<string>();
  const give = (e: ts.Expression, keep: (code: string) => boolean) => {
    const found = trace(e, ts.isTemplateExpression(bare(e)));
    for (const v of found.values) if (keep(v) && !codes.has(v)) codes.set(v, where(e));
    for (const g of found.gaps) unresolved.add(`${where(g)}: ${g.getText().replace(/\s+/g, ' ').slice(0, 80)}`);
  };
  const any = (v: string) => v !== '';
  const dotted = (v: string) => DOTTED.test(v);
  const snake = (v: string) => SNAKE.test(v);
  /**
   * Dotted strings under `code` in other objects (a clause's rule names the code enforcing it, a column map names
   * `c.code`) and as a zod check's message: codes when their record is one the server refuses about.
   */
  const plain: ts.StringLiteral[] = [];
  visitAll((n) => {
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.arguments) {
      const args = n.arguments;
      const name = ts.isIdentifier(n.expression) ? n.expression.text : '';
      if ((name === 'DomainError' && ts.isNewExpression(n)) || name === 'fieldError') {
        if (args[1]) give(args[1], any);
      } else
        args.forEach((a, i) => {
          const next = args[i + 1];
          if (next && ts.isStringLiteral(a) && KINDS.has(a.text)) give(next, any);
        });
      calleeFn(n.expression)?.parameters.forEach((p, i) => {
        const arg = args[i];
        if (arg && nameOf(p) === 'code') give(arg, dotted);
      });
      // a zod check whose message is a code (`.regex(/^AX-…$/, 'order.install_request_format')`): the order types say it
      if (ts.isPropertyAccessExpression(n.expression) && ZOD_CHECKS.has(n.expression.name.text))
        for (const a of args) {
          const message = ts.isObjectLiteralExpression(a)
            ? a.properties.find((p) => ['message', 'error'].includes(propName(p) ?? ''))
            : undefined;
          const text = message && ts.isPropertyAssignment(message) ? message.initializer : a;
          if (ts.isStringLiteral(text) && dotted(text.text)) plain.push(text);
        }
    }
    if (ts.isObjectLiteralExpression(n)) {
      const code = n.properties.find((p) => propName(p) === 'code');
      if (!code || !(ts.isPropertyAssignment(code) || ts.isShorthandPropertyAssignment(code))) return;
      const value = ts.isPropertyAssignment(code) ? code.initializer : code.name;
      const keys = new Set(n.properties.map(propName));
      if (ts.isPropertyAssignment(n.parent) && propName(n.parent) === 'params') give(value, any);
      // a field error or a problem says its code whole (`floor_zero`); a refusal `{ kind, code }` a dotted one
      else if (keys.has('field') || keys.has('message') || keys.has('detail')) give(value, snake);
      else if (['kind', 'fields', 'status'].some((k) => keys.has(k))) give(value, dotted);
      else if (ts.isStringLiteral(value) && dotted(value.text)) plain.push(value);
    }
    if (ts.isPropertyAssignment(n) && propName(n) === 'refusals') give(n.initializer, any);
  });
  // such a string is a code when its record is one the server refuses about
  const records = new Set([...codes.keys()].map((c) => c.split('.')[0]));
  for (const v of plain) if (records.has(v.text.split('.')[0]) && !codes.has(v.text)) codes.set(v.text, where(v));
  return { codes, unresolved: [...unresolved].sort() };
}
