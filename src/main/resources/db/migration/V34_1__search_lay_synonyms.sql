-- Default lay-to-legal wording (issue #10): everyday words a citizen types in a question, each grouped with the term
-- the law and the county's documents use (老公 → 配偶, 房东 → 出租人, 打官司 → 诉讼), as synonym groups the system
-- administrator can edit or delete at /console/search/synonyms. A small, general list written from legal usage, not
-- taken from any test questions. A group is added only when no existing group already holds its everyday or its
-- legal form, so an administrator's own groups are never changed or duplicated.
INSERT INTO search_synonym (terms, updated_at)
SELECT d.terms, CURRENT_TIMESTAMP
FROM (VALUES
    (1, '老婆', '妻子', '老婆,妻子,配偶'),
    (2, '老公', '丈夫', '老公,丈夫,配偶'),
    (3, '爸妈', '父母', '爸妈,父母'),
    (4, '小孩', '子女', '小孩,孩子,子女'),
    (5, '赔钱', '赔偿', '赔钱,赔偿'),
    (6, '欠钱', '债务', '欠钱,欠债,债务'),
    (7, '借钱', '借款', '借钱,借款'),
    (8, '房东', '出租人', '房东,出租人'),
    (9, '租客', '承租人', '租客,房客,承租人'),
    (10, '卖家', '出卖人', '卖家,卖方,出卖人'),
    (11, '买家', '买受人', '买家,买方,买受人'),
    (12, '打官司', '诉讼', '打官司,诉讼'),
    (13, '私了', '和解', '私了,和解'),
    (14, '老板', '用人单位', '老板,雇主,用人单位'),
    (15, '工资', '劳动报酬', '工资,薪水,劳动报酬'),
    (16, '欠薪', '拖欠工资', '欠薪,拖欠工资'),
    (17, '辞退', '解除劳动合同', '辞退,开除,炒鱿鱼,解除劳动合同'),
    (18, '车祸', '交通事故', '车祸,交通事故'),
    (19, '坐牢', '有期徒刑', '坐牢,有期徒刑'),
    (20, '假货', '假冒伪劣', '假货,假冒伪劣'),
    (21, '网购', '网络购物', '网购,网络购物'),
    (22, '退休金', '养老金', '退休金,养老金'),
    (23, '物业费', '物业服务费用', '物业费,物业服务费用')
) AS d (n, lay_form, legal_form, terms)
WHERE NOT EXISTS (
    SELECT 1 FROM search_synonym s
    WHERE ',' || s.terms || ',' LIKE '%,' || d.lay_form || ',%'
       OR ',' || s.terms || ',' LIKE '%,' || d.legal_form || ',%'
)
ORDER BY d.n;
