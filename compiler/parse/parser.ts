// The grammar, as a Chevrotain embedded-actions parser that builds the typed AST directly.
// Recovery is on: a syntax error inside a statement, row or parameter line is reported and the parser resumes at
// the next line, so one run reports every error. Nodes built while recovering are `missing`.
import { EmbeddedActionsParser, type IToken, type TokenType } from "chevrotain";
import * as T from "../lex/tokens.js";
import type * as A from "../ast/ast.js";
import type { Span } from "../diagnostics/diagnostic.js";

type Header = { -readonly [K in "title" | "namespace" | "source" | "issuer" | "docNumber" | "date" | "validity" | "note"]?: A.PolicyFile[K] };
type ClauseItem =
  | { kind: "zhName"; name: A.Name }
  | { kind: "validity"; validity: A.Validity }
  | { kind: "text"; raw: A.RawText }
  | { kind: "note"; raw: A.RawText }
  | { kind: "params"; params: A.ParamDecl[] }
  | { kind: "examples"; examples: A.Example[] }
  | { kind: "statement"; statement: A.Statement };

const CMP_OPS: [TokenType, A.BinaryOp][] = [
  [T.GreaterEq, ">="], [T.LessEq, "<="], [T.Greater, ">"], [T.Less, "<"], [T.Equals, "="], [T.NotEq, "!="],
];

/** Joins the lines of a raw text block without indentation or line breaks (Chinese text has no word spaces). */
export function joinRawLines(image: string): string {
  return image
    .replace(/^[:：]/, "")
    .split("\n")
    .map((l) => l.replace(/^[ \t\u3000]+/, "").replace(/[ \t\u3000\r]+$/, ""))
    .join("");
}

export class PolicyParser extends EmbeddedActionsParser {
  file = "";
  private lastEnd = 0;

  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────
  private span(first: IToken | undefined, last?: IToken | undefined): Span {
    const ok = (t: IToken | undefined) => t !== undefined && Number.isFinite(t.startOffset);
    const start = ok(first) ? first!.startOffset : this.lastEnd;
    const endTok = ok(last) ? last! : ok(first) ? first! : undefined;
    const end = endTok ? (endTok.endOffset ?? endTok.startOffset) + 1 : start;
    this.lastEnd = Math.max(this.lastEnd, end);
    return { file: this.file, start, end: Math.max(start, end) };
  }
  private join(a: Span | undefined, b: Span | undefined): Span {
    const s = a ?? b ?? { file: this.file, start: this.lastEnd, end: this.lastEnd };
    const e = b ?? s;
    return { file: this.file, start: Math.min(s.start, e.start), end: Math.max(s.end, e.end) };
  }
  private missing(): A.Expr {
    return { kind: "missing", span: { file: this.file, start: this.lastEnd, end: this.lastEnd } };
  }
  /** The type of a parameter whose type did not parse: an empty name, which the resolver leaves untyped. */
  private missingType(at: Span): A.TypeRef {
    const span = { file: this.file, start: at.end, end: at.end };
    return { kind: "named", name: { text: "", quoted: false, span }, span };
  }
  private nameOf(tok: IToken): A.Name {
    const quoted = tok.tokenType === T.QuotedName;
    const text = quoted ? tok.image.slice(1, -1) : tok.image;
    return { text, quoted, span: this.span(tok) };
  }
  /** 「标题」第20条 → the title (a quoted name with its own span) and the article reference. */
  private splitClauseHead(tok: IToken): { title: A.Name; article: string } {
    const close = tok.image.indexOf("」");
    if (close < 0 || !Number.isFinite(tok.startOffset)) return { title: { text: "", quoted: true, span: this.span(tok) }, article: "" };
    const start = tok.startOffset;
    return {
      title: { text: tok.image.slice(1, close), quoted: true, span: { file: this.file, start, end: start + close + 1 } },
      article: tok.image.slice(close + 1).trim(),
    };
  }

  private stringOf(tok: IToken): A.StringLiteral {
    return { value: tok.image.slice(1, -1), span: this.span(tok) };
  }
  private numberOf(tok: IToken, minus?: IToken): A.NumberLiteral {
    const m = /^([0-9]+(?:\.[0-9]+)?)(.*)$/.exec(tok.image) ?? ["", "0", ""];
    return { kind: "number", digits: m[1]!, unit: m[2]!, negative: minus !== undefined, span: this.span(minus ?? tok, tok) };
  }

  // ── file ───────────────────────────────────────────────────────────────────────────────────────────────────
  public policyFile = this.RULE("policyFile", (): A.PolicyFile => {
    const header: Header = {};
    const enums: A.EnumDecl[] = [];
    const tables: A.TableDecl[] = [];
    const clauses: A.Clause[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Newline) },
        { ALT: () => this.SUBRULE(this.headerItem, { ARGS: [header] }) },
        { ALT: () => { const e = this.SUBRULE(this.enumDecl); this.ACTION(() => e && enums.push(e)); } },
        { ALT: () => { const t = this.SUBRULE(this.tableDecl); this.ACTION(() => t && tables.push(t)); } },
        { ALT: () => { const c = this.SUBRULE(this.clause); this.ACTION(() => c && clauses.push(c)); } },
      ]);
    });
    return this.ACTION(() => ({
      path: this.file, ...header, enums, tables, clauses, span: { file: this.file, start: 0, end: this.lastEnd },
    }))!;
  });

  private headerItem = this.RULE("headerItem", (header: Header) => {
    this.OR([
      { ALT: () => { this.CONSUME(T.KwPolicy); const r = this.CONSUME(T.RawLine); this.ACTION(() => (header.title = r.image.trim())); } },
      { ALT: () => { this.CONSUME(T.KwNamespace); const n = this.CONSUME(T.Identifier); this.ACTION(() => (header.namespace = this.nameOf(n))); } },
      { ALT: () => { this.CONSUME(T.KwSource); const r = this.CONSUME2(T.RawLine); this.ACTION(() => (header.source = r.image.trim())); } },
      { ALT: () => { this.CONSUME(T.KwIssuer); const r = this.CONSUME3(T.RawLine); this.ACTION(() => (header.issuer = r.image.trim())); } },
      { ALT: () => { this.CONSUME(T.KwDocNo); const r = this.CONSUME4(T.RawLine); this.ACTION(() => (header.docNumber = r.image.trim())); } },
      { ALT: () => { this.CONSUME(T.KwDate); const d = this.CONSUME(T.DateLit); this.ACTION(() => (header.date = { text: d.image, span: this.span(d) })); } },
      { ALT: () => { const v = this.SUBRULE(this.validity); this.ACTION(() => (header.validity = v)); } },
      { ALT: () => { const n = this.SUBRULE(this.noteBlock); this.ACTION(() => (header.note = n)); } },
    ]);
  });

  private validity = this.RULE("validity", (): A.Validity => {
    const kw = this.CONSUME(T.KwValidity);
    const from = this.CONSUME(T.DateLit);
    this.CONSUME(T.KwTo);
    const to = this.CONSUME2(T.DateLit);
    return this.ACTION(() => ({
      from: { text: from.image, span: this.span(from) }, to: { text: to.image, span: this.span(to) }, span: this.span(kw, to),
    }))!;
  });

  private noteBlock = this.RULE("noteBlock", (): A.RawText => {
    this.CONSUME(T.KwNote);
    const raw = this.CONSUME(T.RawBlock);
    return this.ACTION(() => ({ value: joinRawLines(raw.image), span: this.span(raw) }))!;
  });

  private name = this.RULE("name", (): A.Name => {
    const tok = this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.QuotedName) }]);
    return this.ACTION(() => this.nameOf(tok))!;
  }, { recoveryValueFunc: () => ({ text: "", quoted: false, span: { file: this.file, start: this.lastEnd, end: this.lastEnd } }) });

  private nameList = this.RULE("nameList", (): A.Name[] => {
    const names: A.Name[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.ListComma,
      DEF: () => { const n = this.SUBRULE(this.name); this.ACTION(() => names.push(n)); },
    });
    return names;
  });

  private enumDecl = this.RULE("enumDecl", (): A.EnumDecl => {
    const kw = this.CONSUME(T.KwEnum);
    const name = this.SUBRULE(this.name);
    this.CONSUME(T.Colon);
    const values: A.Name[] = [];
    const first = this.SUBRULE2(this.name);
    this.ACTION(() => values.push(first));
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.ListComma) }, { ALT: () => this.CONSUME(T.Comma) }]);
      const n = this.SUBRULE3(this.name);
      this.ACTION(() => values.push(n));
    });
    return this.ACTION(() => ({ name, values, span: this.join(this.span(kw), values[values.length - 1]?.span) }))!;
  });

  private tableDecl = this.RULE("tableDecl", (): A.TableDecl => {
    const kw = this.CONSUME(T.KwTable);
    const name = this.SUBRULE(this.name);
    this.CONSUME(T.LParen);
    const keyType = this.SUBRULE2(this.name);
    this.CONSUME(T.RParen);
    this.CONSUME(T.Colon);
    const rows = this.SUBRULE(this.lookupRows);
    return this.ACTION(() => ({ name, keyType, rows, span: this.join(this.span(kw), name.span) }))!;
  });

  // ── clause ─────────────────────────────────────────────────────────────────────────────────────────────────
  private clause = this.RULE("clause", (): A.Clause => {
    const kw = this.CONSUME(T.KwClause);
    const id = this.CONSUME(T.Identifier);
    const head = this.CONSUME(T.ClauseHead);
    const items: ClauseItem[] = [];
    this.CONSUME(T.Indent);
    this.AT_LEAST_ONE_SEP({
      SEP: T.Newline,
      DEF: () => { const it = this.SUBRULE(this.clauseItem); this.ACTION(() => it && items.push(it)); },
    });
    const end = this.CONSUME(T.Dedent);
    return this.ACTION(() => {
      const pick = <K extends ClauseItem["kind"]>(k: K) => items.filter((i): i is Extract<ClauseItem, { kind: K }> => i.kind === k);
      return {
        name: this.nameOf(id), ...this.splitClauseHead(head),
        zhName: pick("zhName")[0]?.name,
        validity: pick("validity")[0]?.validity,
        text: pick("text")[0]?.raw,
        note: pick("note")[0]?.raw,
        params: pick("params").flatMap((p) => p.params),
        statements: pick("statement").map((s) => s.statement),
        examples: pick("examples").flatMap((e) => e.examples),
        span: this.join(this.span(kw, head), this.span(end)),
      } as A.Clause;
    })!;
  });

  private clauseItem = this.RULE("clauseItem", (): ClauseItem | undefined => {
    return this.OR([
      { ALT: () => { this.CONSUME(T.KwZhName); const n = this.SUBRULE(this.name); return { kind: "zhName" as const, name: n }; } },
      { ALT: () => { const v = this.SUBRULE(this.validity); return { kind: "validity" as const, validity: v }; } },
      { ALT: () => {
        this.CONSUME(T.KwText); const raw = this.CONSUME(T.RawBlock);
        return this.ACTION(() => ({ kind: "text" as const, raw: { value: joinRawLines(raw.image), span: this.span(raw) } }));
      } },
      { ALT: () => { const n = this.SUBRULE(this.noteBlock); return { kind: "note" as const, raw: n }; } },
      { ALT: () => { const p = this.SUBRULE(this.paramsBlock); return { kind: "params" as const, params: p }; } },
      { ALT: () => { const e = this.SUBRULE(this.examplesBlock); return { kind: "examples" as const, examples: e }; } },
      { ALT: () => { const s = this.SUBRULE(this.statement); return { kind: "statement" as const, statement: s }; } },
    ]);
  });

  private paramsBlock = this.RULE("paramsBlock", (): A.ParamDecl[] => {
    this.CONSUME(T.KwParams);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Indent);
    const params: A.ParamDecl[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Newline,
      DEF: () => { const p = this.SUBRULE(this.paramDecl); this.ACTION(() => p && params.push(p)); },
    });
    this.CONSUME(T.Dedent);
    return params;
  });

  private paramDecl = this.RULE("paramDecl", (): A.ParamDecl => {
    const name = this.SUBRULE(this.name);
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    let integer = false;
    let range: A.Interval | undefined;
    let def: A.ExampleValue | undefined;
    let description: A.StringLiteral | undefined;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OR([
        { ALT: () => { this.CONSUME(T.KwInteger); integer = true; } },
        { ALT: () => { this.CONSUME(T.KwRange); range = this.SUBRULE(this.interval); } },
      ]);
    });
    this.OPTION(() => { this.CONSUME(T.Equals); def = this.SUBRULE(this.exampleValue); });
    this.OPTION2(() => { const s = this.CONSUME(T.StringLit); this.ACTION(() => (description = this.stringOf(s))); });
    return this.ACTION(() => {
      const t = type ?? this.missingType(name.span); // a type that failed to parse (already reported)
      return { name, type: t, integer, range, default: def, description, span: this.join(name.span, t.span) };
    })!;
  });

  private typeRef = this.RULE("typeRef", (): A.TypeRef => {
    return this.OR([
      { ALT: () => {
        const kw = this.CONSUME(T.KwEnum);
        this.CONSUME(T.LParen);
        const values = this.SUBRULE(this.nameList);
        const close = this.CONSUME(T.RParen);
        return this.ACTION(() => ({ kind: "inlineEnum" as const, values, span: this.span(kw, close) }))!;
      } },
      { ALT: () => { const n = this.SUBRULE(this.name); return this.ACTION(() => ({ kind: "named" as const, name: n, span: n.span }))!; } },
    ]);
  });

  private examplesBlock = this.RULE("examplesBlock", (): A.Example[] => {
    this.CONSUME(T.KwExamples);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Indent);
    const examples: A.Example[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Newline,
      DEF: () => { const e = this.SUBRULE(this.example); this.ACTION(() => e && examples.push(e)); },
    });
    this.CONSUME(T.Dedent);
    return examples;
  });

  private example = this.RULE("example", (): A.Example => {
    const inputs: { name: A.Name; value: A.ExampleValue }[] = [];
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const name = this.SUBRULE(this.name);
        this.CONSUME(T.Equals);
        const value = this.SUBRULE(this.exampleValue);
        this.ACTION(() => value && name.text && inputs.push({ name, value })); // (parts that did not parse were reported)
      },
    });
    const arrow = this.CONSUME(T.Arrow);
    const expected = this.OR([
      { ALT: () => {
        const kw = this.CONSUME(T.KwError);
        let fragment: A.StringLiteral | undefined;
        this.OPTION(() => { const s = this.CONSUME(T.StringLit); this.ACTION(() => (fragment = this.stringOf(s))); });
        return this.ACTION(() => ({ kind: "error" as const, fragment, span: this.span(kw) }))!;
      } },
      { ALT: () => { const n = this.SUBRULE(this.signedNumber); return this.ACTION(() => ({ kind: "value" as const, value: n }))!; } },
    ]);
    return this.ACTION(() => {
      if (!expected || (expected.kind === "value" && !expected.value)) return undefined; // reported; drop the example
      return { inputs, expected, span: this.join(inputs[0]?.name.span ?? this.span(arrow), this.span(arrow)) };
    })!;
  });

  private signedNumber = this.RULE("signedNumber", (): A.NumberLiteral => {
    let minus: IToken | undefined;
    this.OPTION(() => (minus = this.CONSUME(T.Minus)));
    const n = this.CONSUME(T.NumberLit);
    return this.ACTION(() => this.numberOf(n, minus))!;
  });

  private exampleValue = this.RULE("exampleValue", (): A.ExampleValue => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.signedNumber) },
      { ALT: () => { const n = this.SUBRULE(this.name); return this.ACTION(() => ({ kind: "name" as const, name: n, span: n.span }))!; } },
      { ALT: () => { const t = this.CONSUME(T.KwIs); return this.ACTION(() => ({ kind: "bool" as const, value: true, span: this.span(t) }))!; } },
      { ALT: () => { const t = this.CONSUME(T.KwNo); return this.ACTION(() => ({ kind: "bool" as const, value: false, span: this.span(t) }))!; } },
      { ALT: () => { const t = this.CONSUME(T.StringLit); return this.ACTION(() => ({ kind: "text" as const, value: t.image.slice(1, -1), span: this.span(t) }))!; } },
    ]);
  });

  // ── statements ─────────────────────────────────────────────────────────────────────────────────────────────
  private statement = this.RULE("statement", (): A.Statement => {
    return this.OR([
      { ALT: () => {
        const kw = this.CONSUME(T.KwApplies);
        this.OPTION(() => this.CONSUME(T.Colon));
        const cond = this.SUBRULE(this.expr);
        const basis = this.OPTION2(() => this.SUBRULE(this.basis));
        return this.ACTION(() => ({ kind: "applies" as const, cond, basis, span: this.join(this.span(kw), cond.span) }))!;
      } },
      { ALT: () => {
        const kw = this.CONSUME(T.KwRequire);
        this.OPTION3(() => this.CONSUME2(T.Colon));
        const cond = this.SUBRULE2(this.expr);
        this.OPTION4(() => this.CONSUME(T.Comma));
        this.CONSUME(T.KwElse);
        const msg = this.CONSUME(T.StringLit);
        return this.ACTION(() => ({ kind: "require" as const, cond, message: this.stringOf(msg), span: this.join(this.span(kw), cond.span) }))!;
      } },
      { ALT: () => {
        const name = this.SUBRULE(this.name);
        this.CONSUME(T.Equals);
        const value = this.SUBRULE3(this.expr);
        const basis = this.OPTION5(() => this.SUBRULE2(this.basis));
        return this.ACTION(() => ({ kind: "define" as const, name, value, basis, span: this.join(name.span, value.span) }))!;
      } },
    ]);
  });

  private basis = this.RULE("basis", (): A.StringLiteral => {
    this.CONSUME(T.KwBasis);
    const s = this.CONSUME(T.StringLit);
    return this.ACTION(() => this.stringOf(s))!;
  });

  // ── expressions ────────────────────────────────────────────────────────────────────────────────────────────
  public expr = this.RULE("expr", (): A.Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.ifExpr) },
      { ALT: () => this.SUBRULE(this.capExpr) },
    ]);
  }, { recoveryValueFunc: () => this.missing() });

  private ifExpr = this.RULE("ifExpr", (): A.Expr => {
    const kw = this.CONSUME(T.KwIf);
    const branches: { cond: A.Expr; then: A.Expr }[] = [];
    const c1 = this.SUBRULE(this.expr);
    this.CONSUME(T.KwThen);
    const t1 = this.SUBRULE2(this.expr);
    this.ACTION(() => branches.push({ cond: c1, then: t1 }));
    this.MANY(() => {
      this.CONSUME(T.KwElseIf);
      const c = this.SUBRULE3(this.expr);
      this.CONSUME2(T.KwThen);
      const t = this.SUBRULE4(this.expr);
      this.ACTION(() => branches.push({ cond: c, then: t }));
    });
    this.CONSUME(T.KwElse);
    const otherwise = this.SUBRULE5(this.expr);
    return this.ACTION(() => ({ kind: "if" as const, branches, otherwise, span: this.join(this.span(kw), otherwise.span) }))!;
  }, { recoveryValueFunc: () => this.missing() });

  private capExpr = this.RULE("capExpr", (): A.Expr => {
    let left = this.SUBRULE(this.orExpr);
    this.MANY(() => {
      this.OR([
        { ALT: () => {
          const op = this.OR2([
            { ALT: () => this.CONSUME(T.KwCap) }, { ALT: () => this.CONSUME(T.KwFloor) }, { ALT: () => this.CONSUME(T.KwDeduct) },
          ]);
          const right = this.SUBRULE2(this.orExpr);
          this.ACTION(() => {
            const kind: A.BinaryOp = op.tokenType === T.KwCap ? "cap" : op.tokenType === T.KwFloor ? "floor" : "deduct";
            left = { kind: "binary", op: kind, left, right, span: this.join(left.span, right.span), opSpan: this.span(op) };
          });
        } },
        { ALT: () => {
          const h = this.CONSUME(T.KwHalve);
          this.ACTION(() => (left = { kind: "halve", operand: left, span: this.join(left.span, this.span(h)) }));
        } },
      ]);
    });
    return left;
  }, { recoveryValueFunc: () => this.missing() });

  private orExpr = this.RULE("orExpr", (): A.Expr => {
    let left = this.SUBRULE(this.andExpr);
    this.MANY(() => {
      const op = this.CONSUME(T.KwOr);
      const right = this.SUBRULE2(this.andExpr);
      this.ACTION(() => (left = { kind: "binary", op: "or", left, right, span: this.join(left.span, right.span), opSpan: this.span(op) }));
    });
    return left;
  }, { recoveryValueFunc: () => this.missing() });

  private andExpr = this.RULE("andExpr", (): A.Expr => {
    let left = this.SUBRULE(this.notExpr);
    this.MANY(() => {
      const op = this.CONSUME(T.KwAnd);
      const right = this.SUBRULE2(this.notExpr);
      this.ACTION(() => (left = { kind: "binary", op: "and", left, right, span: this.join(left.span, right.span), opSpan: this.span(op) }));
    });
    return left;
  }, { recoveryValueFunc: () => this.missing() });

  private notExpr = this.RULE("notExpr", (): A.Expr => {
    return this.OR([
      { ALT: () => {
        const kw = this.CONSUME(T.KwNot);
        const operand = this.SUBRULE(this.notExpr);
        return this.ACTION(() => ({ kind: "unary" as const, op: "not" as const, operand, span: this.join(this.span(kw), operand.span) }))!;
      } },
      { ALT: () => this.SUBRULE(this.cmpExpr) },
    ]);
  }, { recoveryValueFunc: () => this.missing() });

  private cmpExpr = this.RULE("cmpExpr", (): A.Expr => {
    let left = this.SUBRULE(this.addExpr);
    this.OPTION(() => {
      this.OR([
        { ALT: () => {
          const o = this.OR3(CMP_OPS.map(([tok]) => ({ ALT: () => this.CONSUME(tok) })));
          const right = this.SUBRULE2(this.addExpr);
          this.ACTION(() => {
            const op = CMP_OPS.find(([tok]) => tok === o.tokenType)![1];
            left = { kind: "binary", op, left, right, span: this.join(left.span, right.span), opSpan: this.span(o) };
          });
        } },
        { ALT: () => {
          const o = this.OR2([{ ALT: () => this.CONSUME(T.KwIs) }, { ALT: () => this.CONSUME(T.KwIsNot) }, { ALT: () => this.CONSUME(T.KwIn) }]);
          const values = this.SUBRULE(this.nameList);
          this.ACTION(() => {
            const last = values[values.length - 1];
            left = { kind: "is", subject: left, values, negated: o.tokenType === T.KwIsNot, span: this.join(left.span, last?.span ?? this.span(o)) };
          });
        } },
      ]);
    });
    return left;
  }, { recoveryValueFunc: () => this.missing() });

  private addExpr = this.RULE("addExpr", (): A.Expr => {
    let left = this.SUBRULE(this.mulExpr);
    this.MANY(() => {
      const o = this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME(T.Minus) }]);
      const right = this.SUBRULE2(this.mulExpr);
      this.ACTION(() => (left = { kind: "binary", op: o.tokenType === T.Plus ? "+" : "-", left, right, span: this.join(left.span, right.span), opSpan: this.span(o) }));
    });
    return left;
  }, { recoveryValueFunc: () => this.missing() });

  private mulExpr = this.RULE("mulExpr", (): A.Expr => {
    let left = this.SUBRULE(this.unaryExpr);
    this.MANY(() => {
      const o = this.OR([{ ALT: () => this.CONSUME(T.Times) }, { ALT: () => this.CONSUME(T.Divide) }, { ALT: () => this.CONSUME(T.KwPerFull) }]);
      const right = this.SUBRULE2(this.unaryExpr);
      this.ACTION(() => {
        const op: A.BinaryOp = o.tokenType === T.Times ? "*" : o.tokenType === T.Divide ? "/" : "perFull";
        left = { kind: "binary", op, left, right, span: this.join(left.span, right.span), opSpan: this.span(o) };
      });
    });
    return left;
  }, { recoveryValueFunc: () => this.missing() });

  private unaryExpr = this.RULE("unaryExpr", (): A.Expr => {
    return this.OR([
      { ALT: () => {
        const m = this.CONSUME(T.Minus);
        const operand = this.SUBRULE(this.unaryExpr);
        return this.ACTION(() => ({ kind: "unary" as const, op: "neg" as const, operand, span: this.join(this.span(m), operand.span) }))!;
      } },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  }, { recoveryValueFunc: () => this.missing() });

  private primary = this.RULE("primary", (): A.Expr => {
    return this.OR([
      { ALT: () => { const n = this.CONSUME(T.NumberLit); return this.ACTION(() => this.numberOf(n))!; } },
      { ALT: () => { const t = this.CONSUME(T.KwIs); return this.ACTION(() => ({ kind: "bool" as const, value: true, span: this.span(t) }))!; } },
      { ALT: () => { const t = this.CONSUME(T.KwNo); return this.ACTION(() => ({ kind: "bool" as const, value: false, span: this.span(t) }))!; } },
      { ALT: () => {
        const open = this.CONSUME(T.LParen);
        const inner = this.SUBRULE(this.expr);
        const close = this.CONSUME(T.RParen);
        return this.ACTION(() => ({ ...inner, span: this.span(open, close) }))!;
      } },
      { ALT: () => this.SUBRULE(this.refOrCall) },
      { ALT: () => this.SUBRULE(this.bandTable) },
      { ALT: () => this.SUBRULE(this.lookupTable) },
    ]);
  }, { recoveryValueFunc: () => this.missing() });

  private refOrCall = this.RULE("refOrCall", (): A.Expr => {
    const name = this.SUBRULE(this.name);
    let args: A.Expr[] | undefined;
    let close: IToken | undefined;
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      args = [];
      this.MANY_SEP({
        SEP: T.Comma,
        DEF: () => { const a = this.SUBRULE(this.expr); this.ACTION(() => args!.push(a)); },
      });
      close = this.CONSUME(T.RParen);
    });
    return this.ACTION((): A.Expr =>
      args ? { kind: "call", callee: name, args, span: this.join(name.span, this.span(close)) } : { kind: "ref", name, span: name.span },
    )!;
  }, { recoveryValueFunc: () => this.missing() });

  // ── tables ─────────────────────────────────────────────────────────────────────────────────────────────────
  private bandTable = this.RULE("bandTable", (): A.Expr => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(T.KwBands) }, { ALT: () => this.CONSUME(T.KwWholeBands) }, { ALT: () => this.CONSUME(T.KwSlices) },
    ]);
    const subject = this.SUBRULE(this.addExpr);
    this.CONSUME(T.Colon);
    const basis = this.OPTION(() => this.SUBRULE(this.basis));
    this.CONSUME(T.Indent);
    const rows: A.BandRow[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Newline,
      DEF: () => { const r = this.SUBRULE(this.bandRow); this.ACTION(() => r && rows.push(r)); },
    });
    const end = this.CONSUME(T.Dedent);
    return this.ACTION(() => ({
      kind: "bands" as const,
      mode: kw.tokenType === T.KwSlices ? ("slices" as const) : ("whole" as const),
      acknowledged: kw.tokenType === T.KwWholeBands,
      subject, rows, basis, span: this.join(this.span(kw), rows[rows.length - 1]?.span ?? this.span(end)),
    }))!;
  }, { recoveryValueFunc: () => this.missing() });

  private bandRow = this.RULE("bandRow", (): A.BandRow => {
    let other = false;
    const band = this.OR([
      { ALT: () => { this.CONSUME(T.KwOther); other = true; return undefined; } },
      { ALT: () => this.SUBRULE(this.band) },
    ]);
    const colon = this.CONSUME(T.Colon);
    const value = this.SUBRULE(this.expr);
    const basis = this.OPTION(() => this.SUBRULE(this.basis));
    return this.ACTION(() => (!band && !other ? undefined // the band did not parse (reported): drop the row, not a 其余
      : { band, value, basis, span: this.join(band?.span ?? this.span(colon), value.span) }))!;
  });

  private lookupTable = this.RULE("lookupTable", (): A.Expr => {
    const kw = this.CONSUME(T.KwLookup);
    const subject = this.SUBRULE(this.addExpr);
    this.CONSUME(T.Colon);
    const basis = this.OPTION(() => this.SUBRULE(this.basis));
    const rows = this.SUBRULE(this.lookupRows);
    return this.ACTION(() => ({ kind: "lookup" as const, subject, rows, basis, span: this.join(this.span(kw), rows[rows.length - 1]?.span) }))!;
  }, { recoveryValueFunc: () => this.missing() });

  private lookupRows = this.RULE("lookupRows", (): A.LookupRow[] => {
    this.CONSUME(T.Indent);
    const rows: A.LookupRow[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Newline,
      DEF: () => { const r = this.SUBRULE(this.lookupRow); this.ACTION(() => r && rows.push(r)); },
    });
    this.CONSUME(T.Dedent);
    return rows;
  });

  private lookupRow = this.RULE("lookupRow", (): A.LookupRow => {
    const key = this.OR([
      { ALT: () => { this.CONSUME(T.KwOther); return undefined; } },
      { ALT: () => { const n = this.SUBRULE(this.signedNumber); return this.ACTION(() => ({ kind: "number" as const, literal: n })); } },
      { ALT: () => { const names = this.SUBRULE(this.nameList); return this.ACTION(() => ({ kind: "names" as const, names })); } },
    ]);
    const colon = this.CONSUME(T.Colon);
    const value = this.SUBRULE(this.expr);
    const basis = this.OPTION(() => this.SUBRULE(this.basis));
    return this.ACTION(() => {
      if (key?.kind === "number" && !key.literal) return undefined; // the key did not parse (reported)
      const keySpan = key?.kind === "number" ? key.literal.span : key?.kind === "names" ? key.names[0]?.span : undefined;
      return { key, value, basis, span: this.join(keySpan ?? this.span(colon), value.span) };
    })!;
  });

  // ── bands and intervals (民法典 第1259条) ────────────────────────────────────────────────────────────────────
  private boundValue = this.RULE("boundValue", (): A.BoundValue => {
    let minus: IToken | undefined;
    this.OPTION(() => (minus = this.CONSUME(T.Minus)));
    return this.OR([
      { ALT: () => { const n = this.CONSUME(T.NumberLit); return this.ACTION(() => this.numberOf(n, minus))!; } },
      { ALT: () => { const i = this.CONSUME(T.Infinity_); return this.ACTION(() => ({ kind: "infinity" as const, negative: minus !== undefined, span: this.span(minus ?? i, i) }))!; } },
    ]);
  });

  public interval = this.RULE("interval", (): A.Interval => {
    const open = this.OR([{ ALT: () => this.CONSUME(T.LBracket) }, { ALT: () => this.CONSUME(T.LParen) }]);
    const lo = this.SUBRULE(this.boundValue);
    this.CONSUME(T.Comma);
    const hi = this.SUBRULE2(this.boundValue);
    const close = this.OR2([{ ALT: () => this.CONSUME(T.RBracket) }, { ALT: () => this.CONSUME(T.RParen) }]);
    return this.ACTION(() => (!lo || !hi ? undefined : {
      lower: { value: lo, inclusive: open.tokenType === T.LBracket },
      upper: { value: hi, inclusive: close.tokenType === T.RBracket },
      span: this.span(open, close),
    }))!;
  });

  private mark = this.RULE("mark", (): boolean => {
    return this.OR([
      { ALT: () => { this.CONSUME(T.Inclusive); return true; } },
      { ALT: () => { this.CONSUME(T.Exclusive); return false; } },
    ]);
  });

  /** The upper half of a two-sided band in words: 不满 b, b以下, b（不含）以下. */
  private upperWords = this.RULE("upperWords", (): A.Bound => {
    return this.OR([
      { ALT: () => { this.CONSUME(T.KwUnder); const v = this.SUBRULE(this.boundValue); return { value: v, inclusive: false }; } },
      { ALT: () => {
        const v = this.SUBRULE2(this.boundValue);
        let inclusive = true;
        this.OPTION(() => (inclusive = this.SUBRULE(this.mark)));
        this.CONSUME(T.KwBelow);
        return { value: v, inclusive };
      } },
    ]);
  });

  private band = this.RULE("band", (): A.Band => {
    let lower: A.Bound | undefined;
    let upper: A.Bound | undefined;
    let broken = false;
    const first = this.LA(1);
    this.OR([
      { ALT: () => { const iv = this.SUBRULE(this.interval); lower = iv?.lower; upper = iv?.upper; broken = !iv; } },
      { ALT: () => {
        this.CONSUME(T.KwOver);
        const v = this.SUBRULE(this.boundValue);
        lower = { value: v, inclusive: false };
        this.OPTION(() => (upper = this.SUBRULE(this.upperWords)));
      } },
      { ALT: () => {
        this.CONSUME(T.KwUnder);
        const v = this.SUBRULE2(this.boundValue);
        upper = { value: v, inclusive: false };
      } },
      { ALT: () => {
        const v = this.SUBRULE3(this.boundValue);
        let m: boolean | undefined;
        this.OPTION2(() => (m = this.SUBRULE(this.mark)));
        this.OR2([
          { ALT: () => {
            this.CONSUME(T.KwAbove);
            lower = { value: v, inclusive: m ?? true };
            this.OPTION3(() => (upper = this.SUBRULE2(this.upperWords)));
          } },
          { ALT: () => { this.CONSUME(T.KwBelow); upper = { value: v, inclusive: m ?? true }; } },
          { ALT: () => {
            this.OR3([{ ALT: () => this.CONSUME(T.KwTo) }, { ALT: () => this.CONSUME(T.Tilde) }]);
            lower = { value: v, inclusive: m ?? true };
            const hv = this.SUBRULE4(this.boundValue);
            let hm: boolean | undefined;
            this.OPTION4(() => (hm = this.SUBRULE2(this.mark)));
            this.OPTION5(() => { this.CONSUME2(T.KwBelow); hm = hm ?? true; });
            upper = { value: hv, inclusive: hm ?? false };
          } },
        ]);
      } },
    ]);
    return this.ACTION(() => {
      // A bound that did not parse (already reported): no band, rather than a band open on that side.
      if (broken || (lower && !lower.value) || (upper && !upper.value)) return undefined;
      const last = this.LA(0);
      return { lower, upper, span: this.span(first, last) };
    })!;
  });
}

export const parserInstance = new PolicyParser();
