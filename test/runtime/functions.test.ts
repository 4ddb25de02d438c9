// runtime/functions.ts FunctionIndex over the generated evaluators: names as people type them (case, full-width
// forms, Chinese names), and the words for a miss (issue 14.9). Which cities have EQUIPMENT is read from the
// policy files: 平湖 第20条, 绍兴（八）, 武义 第4条.
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "../../generated/index.js";
import { editDistance, FunctionIndex } from "../../runtime/functions.js";

const index = new FunctionIndex(Object.values(NAMESPACES).flat());

describe("FunctionIndex.find", () => {
  it("ignores case and reads full-width forms as half-width", () => {
    for (const name of ["PINGHU.EQUIPMENT", "pinghu.equipment", "Pinghu.Equipment", "ＰＩＮＧＨＵ．ＥＱＵＩＰＭＥＮＴ", " =PINGHU.EQUIPMENT(4000) "]) {
      expect(index.find(name)?.meta.id, name).toBe("PINGHU.EQUIPMENT");
    }
  });
  it("a bare name several cities have is found only inside one namespace", () => {
    expect(index.find("EQUIPMENT")).toBeUndefined();
    expect(index.find("equipment", "WUYI")?.meta.id).toBe("WUYI.EQUIPMENT");
  });
  it("a name longer than any function's is refused without work", () => {
    expect(index.find("P".repeat(1_000_000))).toBeUndefined();
  });
});

describe("FunctionIndex.notFound", () => {
  it("a mistyped name gets the nearest names, in the city typed first", () => {
    expect(index.notFound("PINGHU.RD_GROWHT")).toBe("没有函数「PINGHU.RD_GROWHT」。你是不是想写 PINGHU.RD_GROWTH？");
    expect(index.notFound("pinghu.equipmnet")).toContain("你是不是想写 PINGHU.EQUIPMENT");
  });
  it("a bare EQUIPMENT lists the cities that have it", () => {
    expect(index.notFound("EQUIPMENT")).toBe("「EQUIPMENT」在 PINGHU、SHAOXING、WUYI 中都有，请写明城市：PINGHU.EQUIPMENT、SHAOXING.EQUIPMENT 或 WUYI.EQUIPMENT");
  });
  it("nothing near: no guess", () => {
    expect(index.notFound("PINGHU.ZZZZZZZZZZZZ")).toBe("没有函数「PINGHU.ZZZZZZZZZZZZ」");
  });
  it("a huge name is answered at once, shortened", () => {
    const t0 = performance.now();
    const message = index.notFound("X".repeat(5_000_000));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(message.length).toBeLessThan(100);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("RD_GROWHT", "RD_GROWTH")).toBe(2);
    expect(editDistance("", "ABC")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
  it("with a bound, anything farther is bound + 1", () => {
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("A", "ABCDEFG", 2)).toBe(3);
    expect(editDistance("ABCDEFGH", "ZZZZZZZZ", 1)).toBe(2);
  });
});
