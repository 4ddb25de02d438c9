// The text a new policy file starts with: the header and one clause to fill in (it checks clean).
/** What a new policy file starts with: the header and one clause to fill in. */
export const NEW_POLICY = `政策 （政策文件的标题）
命名空间 NEWCITY
来源 （原文文件名）
有效期 2025-01-01 至 2027-12-31

条款 EXAMPLE「（条款的中文标题）」第1条
  中文名 示例奖励
  原文：
    （逐字抄录政策原文）
  参数：
    投资额：金额 “投资额，万元”
  结果 = 投资额 × 3% 封顶 100万元
  示例：
    投资额 = 1000万元 → 30万元
`;
