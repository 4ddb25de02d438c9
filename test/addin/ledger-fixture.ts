// A PINGHU ledger range with its settled amounts worked by hand under the hand-built rules of
// test/settlement/fixtures.ts (PINGHU_RULES): used through the add-in glue (settle.test.ts) and through Microsoft's
// real custom-functions runtime (browser.test.ts).
/** A ledger as Excel hands a range over: rows of cells, empty cells as "" (as the custom-functions runtime passes them). */
export const LEDGER: (string | number)[][] = [
  ["企业", "项目", "年度", "函数", "参数1", "参数2", "已兑现（万元）", "备注"],
  ["甲公司", "厂区", 2023, "PINGHU.GREEN_FACTORY", "嘉兴市级绿色工厂", "", 10, "历史"], // 2: history
  ["甲公司", "厂区", 2024, "PINGHU.GREEN_FACTORY", "省级绿色工厂", "", "", ""], // 3: ladder 25 − 10 = 15
  ["甲公司", "一期", 2024, "PINGHU.设备投资奖励", "4000万元", "A类", "", ""], // 4: 3000 × 4% + 1000 × 5% = 120 + 50 = 170
  ["甲公司", "一期", 2024, "PINGHU.TECH_CENTER", "省级", "", "", ""], // 5: 25, but 就高 with row 4 (170 > 25) → 0
  ["", "", "", "", "", "", "", ""], // 6: blank
  ["乙公司", "二期", 2024, "PINGHU.EQUIPMENT", "abc", "", "", ""], // 7: bad argument in 参数1
  ["丙公司", "一期", 2024, "EQUIPMENT", 2000, "", "", ""], // 8: 2000 × 3% = 60, excluded by row 9 → 0
  ["丙公司", "", "", "排除", "列入一票否决事项名单", "", "", ""], // 9: exclusion input
  ["", "", "", "", "", "", "", ""], // trailing blank rows: not answered
  ["", "", "", "", "", "", "", ""],
];

/** What =PINGHU.SETTLE(LEDGER) spills, row by row (the bad row's text checked by its start). */
export const SETTLED_BY_HAND: readonly unknown[] = ["结算额（万元）", "已兑现", 15, 170, 0, "", "错误：「参数1」列：PINGHU.EQUIPMENT：「设备投资额」须为数", 0, "排除"];
