package org.gongkai.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * 信息类别: each item of Art. 20 (一)–(十五) of the 政府信息公开条例 and the extra items of Art. 21 for county
 * governments and for townships. 规章 and 行政规范性文件 are separate categories because the annual report
 * counts them. {@link #label()} is unique and is the name used by imports and the API.
 */
public enum InformationCategory {
    A20_01_LAW("法律法规", "第二十条第（一）项"),
    A20_01_RULE("规章", "第二十条第（一）项"),
    A20_01_NORMATIVE("行政规范性文件", "第二十条第（一）项"),
    A20_02_ORGANISATION("机构职能", "第二十条第（二）项"),
    A20_03_PLANS("规划计划和政策", "第二十条第（三）项"),
    A20_04_STATISTICS("统计信息", "第二十条第（四）项"),
    A20_05_LICENSING("行政许可和其他服务", "第二十条第（五）项"),
    A20_06_ENFORCEMENT("行政处罚和行政强制", "第二十条第（六）项"),
    A20_07_BUDGET("财政预算决算", "第二十条第（七）项"),
    A20_08_FEES("行政事业性收费", "第二十条第（八）项"),
    A20_09_PROCUREMENT("政府集中采购", "第二十条第（九）项"),
    A20_10_CONSTRUCTION("重大建设项目", "第二十条第（十）项"),
    A20_11_LIVELIHOOD("扶贫、教育、医疗、社会保障、促进就业", "第二十条第（十一）项"),
    A20_12_EMERGENCY("突发公共事件应急", "第二十条第（十二）项"),
    A20_13_INSPECTION("监督检查", "第二十条第（十三）项"),
    A20_14_RECRUITMENT("公务员招考", "第二十条第（十四）项"),
    A20_15_OTHER("其他主动公开信息", "第二十条第（十五）项"),
    A21_C_MUNICIPAL("市政建设", "第二十一条（县级）"),
    A21_C_PUBLIC_SERVICES("公共服务", "第二十一条（县级）"),
    A21_C_PUBLIC_WELFARE("公益事业", "第二十一条（县级）"),
    A21_C_LAND_EXPROPRIATION("土地征收", "第二十一条（县级）"),
    A21_C_HOUSING_EXPROPRIATION("房屋征收", "第二十一条（县级）"),
    A21_C_PUBLIC_SECURITY("治安管理", "第二十一条（县级）"),
    A21_C_SOCIAL_ASSISTANCE("社会救助", "第二十一条（县级）"),
    A21_T_RURAL_POLICY("农业农村政策", "第二十一条（乡镇）"),
    A21_T_IRRIGATION("农田水利工程建设运营", "第二十一条（乡镇）"),
    A21_T_LAND_CONTRACT("农村土地承包经营权流转", "第二十一条（乡镇）"),
    A21_T_HOMESTEAD("宅基地使用情况审核", "第二十一条（乡镇）"),
    A21_T_EXPROPRIATION("乡镇土地征收和房屋征收", "第二十一条（乡镇）"),
    A21_T_VILLAGER_FUNDS("筹资筹劳", "第二十一条（乡镇）"),
    A21_T_SOCIAL_ASSISTANCE("乡镇社会救助", "第二十一条（乡镇）");

    private final String label;
    private final String basis;

    InformationCategory(String label, String basis) {
        this.label = label;
        this.basis = basis;
    }

    public String label() {
        return label;
    }

    /** The article and item the category comes from, e.g. 第二十条第（一）项. */
    public String basis() {
        return basis;
    }

    /** Policy documents (政策文件) carry a validity badge on the portal. */
    public boolean isPolicy() {
        return this == A20_01_LAW || this == A20_01_RULE || this == A20_01_NORMATIVE || this == A20_03_PLANS;
    }

    /** By label (规章) or by constant name (A20_01_RULE). */
    public static Optional<InformationCategory> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(c -> c.label.equals(t) || c.name().equals(t)).findFirst();
    }
}
