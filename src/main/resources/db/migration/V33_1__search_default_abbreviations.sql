-- Default abbreviation synonyms (issue #10): common short forms of government bodies, procedures and documents, as
-- groups the system administrator can edit or delete at /console/search/synonyms. A group is added only when no
-- existing group already holds its short or its full form, so an administrator's own groups are never changed or
-- duplicated. Abbreviations count only where they start or end at a word (SearchSemantics): 人社 is not found in
-- 个人社保, 市监 not in 城市监督管理.
INSERT INTO search_synonym (terms, updated_at)
SELECT d.terms, CURRENT_TIMESTAMP
FROM (VALUES
    (1, '招投标', '招标投标', '招投标,招标投标'),
    (2, '残联', '残疾人联合会', '残联,残疾人联合会'),
    (3, '人社', '人力资源和社会保障', '人社,人力资源和社会保障'),
    (4, '发改', '发展和改革', '发改,发展和改革'),
    (5, '住建', '住房和城乡建设', '住建,住房和城乡建设'),
    (6, '市监', '市场监督管理', '市监,市场监管,市场监督管理'),
    (7, '卫健', '卫生健康', '卫健,卫生健康'),
    (8, '不动产证', '不动产权证书', '不动产证,不动产权证书,不动产权证'),
    (9, '营商环境', '投资环境', '营商环境,投资环境'),
    (10, '自然资源', '国土资源', '自然资源,国土资源'),
    (11, '生态环境', '环境保护', '生态环境,环境保护,环保'),
    (12, '安监', '安全生产监督管理', '安监,安全生产监督管理'),
    (13, '退役军人', '退伍军人', '退役军人,退伍军人,复员军人'),
    (14, '放管服', '简政放权', '放管服,简政放权、放管结合、优化服务'),
    (15, '双随机', '双随机一公开', '双随机,双随机一公开'),
    (16, '两癌', '宫颈癌和乳腺癌', '两癌,宫颈癌和乳腺癌'),
    (17, '危房改造', '农村危房改造', '危房改造,农村危房改造'),
    (18, '网办', '网上办理', '网办,网上办理,一网通办')
) AS d (n, short_form, full_form, terms)
WHERE NOT EXISTS (
    SELECT 1 FROM search_synonym s
    WHERE ',' || s.terms || ',' LIKE '%,' || d.short_form || ',%'
       OR ',' || s.terms || ',' LIKE '%,' || d.full_form || ',%'
)
ORDER BY d.n;
