package org.gongkai.organisation;

import java.util.Optional;

/**
 * The rules for 12-digit division codes (统计用区划代码): exactly 12 digits; a township's code starts with
 * its county's first 6 digits, a village's with its township's first 9.
 */
public final class RegionCodeRule {

    private RegionCodeRule() {}

    /** Why the code does not fit (a Chinese message), or empty when it does. */
    public static Optional<String> problem(String code, RegionLevel level, RegionLevel parentLevel, String parentCode) {
        if (code == null || !code.matches("\\d{12}")) {
            return Optional.of("区划代码应为12位数字");
        }
        if (level == null) {
            return Optional.of("请选择区划层级");
        }
        if (level.parentLevel() == null) {
            return parentCode == null ? Optional.empty() : Optional.of("县（区）不能有上级区划");
        }
        if (parentCode == null) {
            return Optional.of("请选择上级区划（" + level.parentLevel().label() + "）");
        }
        if (parentLevel != level.parentLevel()) {
            return Optional.of(level.label() + "的上级区划应为" + level.parentLevel().label());
        }
        int prefix = level.sharedPrefixWithParent();
        if (!code.startsWith(parentCode.substring(0, prefix))) {
            return Optional.of(level.label() + "的区划代码应以上级区划代码的前" + prefix + "位“"
                    + parentCode.substring(0, prefix) + "”开头");
        }
        if (code.equals(parentCode)) {
            return Optional.of("区划代码不能与上级区划相同");
        }
        return Optional.empty();
    }
}
