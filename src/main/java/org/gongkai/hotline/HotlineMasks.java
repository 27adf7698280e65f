package org.gongkai.hotline;

import org.gongkai.common.PersonalData;

/** How a caller shows in lists and to units: masked, or 匿名 for a reporter who asked to stay anonymous. */
final class HotlineMasks {

    private HotlineMasks() {}

    static String phone(String phone) {
        return phone == null ? "" : PersonalData.maskMobile(phone);
    }

    static String name(String name) {
        return PersonalData.maskName(name);
    }
}
