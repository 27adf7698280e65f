package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.catalogue.PersonalDataGuard.Kind;
import org.gongkai.catalogue.PersonalDataGuard.Match;
import org.gongkai.common.PersonalData;
import org.junit.jupiter.api.Test;

class PersonalDataGuardTest {

    final PersonalDataGuard guard = new PersonalDataGuard();

    static String validId(String first17) {
        return first17 + PersonalData.idNumberCheckCharacter(first17);
    }

    List<Kind> kinds(String text) {
        return guard.scan(text).stream().map(Match::kind).toList();
    }

    @Test
    void idNumberWithAValidCheckCharacterIsFound() {
        assertThat(PersonalData.isValidIdNumber("11010519491231002X")).isTrue();
        assertThat(PersonalData.isValidIdNumber("110105194912310021")).isFalse();
        assertThat(kinds("身份证号11010519491231002X，住址")).containsExactly(Kind.ID_NUMBER);
        assertThat(kinds("身份证号11010519491231002x")).containsExactly(Kind.ID_NUMBER);
    }

    @Test
    void idNumberWithAWrongCheckCharacterIsIgnored() {
        String valid = validId("35010219900101123");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertThat(kinds("编号" + valid.substring(0, 17) + wrong)).doesNotContain(Kind.ID_NUMBER);
        assertThat(kinds("编号" + valid)).containsExactly(Kind.ID_NUMBER);
    }

    @Test
    void idNumberInsideALongerRunIsNotAnIdNumber() {
        assertThat(kinds("1" + validId("35010219900101123") + "9")).doesNotContain(Kind.ID_NUMBER);
    }

    @Test
    void mobileNumbersAreFoundButNotInsideLongerDigitRuns() {
        assertThat(kinds("电话13812345678。")).containsExactly(Kind.MOBILE);
        assertThat(kinds("电话 138-1234-5678")).containsExactly(Kind.MOBILE);
        assertThat(kinds("电话 138 1234 5678")).containsExactly(Kind.MOBILE);
        assertThat(kinds("编号 913812345678")).isEmpty();
        assertThat(kinds("编号 138123456789")).isEmpty();
        assertThat(kinds("号码 12812345678")).isEmpty();
        assertThat(kinds("座机 0123-6100001")).isEmpty();
    }

    @Test
    void bankCardsMustPassLuhn() {
        assertThat(PersonalDataGuard.luhn("6222021234567890128")).isTrue();
        assertThat(kinds("卡号6222021234567890128")).containsExactly(Kind.BANK_CARD);
        assertThat(kinds("卡号6222021234567890127")).isEmpty();
        assertThat(kinds("卡号 4111 1111 1111 1111")).containsExactly(Kind.BANK_CARD);
        assertThat(kinds("卡号4111111111111111")).containsExactly(Kind.BANK_CARD);
    }

    @Test
    void secrecyMarkingsAreFoundInTheirUsualForms() {
        assertThat(kinds("秘密★1年\n关于某事的通知")).containsExactly(Kind.SECRECY);
        assertThat(kinds("机密★长期")).containsExactly(Kind.SECRECY);
        assertThat(kinds("绝密\n正文")).containsExactly(Kind.SECRECY);
        assertThat(kinds("秘密。\n正文")).containsExactly(Kind.SECRECY);
        assertThat(kinds("（内部资料 注意保存）")).contains(Kind.SECRECY);
        assertThat(kinds("本通知不得公开\n正文")).containsExactly(Kind.SECRECY);
        assertThat(kinds("【不得外传】")).contains(Kind.SECRECY);
    }

    @Test
    void ordinaryLegalTextAboutSecretsIsNotAMarking() {
        assertThat(kinds("第十条 行政机关不得公开涉及国家秘密、商业秘密、个人隐私的政府信息，但是经权利人同意公开的除外。")).isEmpty();
        assertThat(kinds("保守国家秘密是每个公民的义务")).isEmpty();
    }

    @Test
    void defaultMasksKeepTheRulesDigits() {
        assertThat(guard.maskMobile("13812341234")).isEqualTo("138****1234");
        assertThat(guard.maskId("350102199001011234")).isEqualTo("35*************234");
        assertThat(guard.maskCard("6222021234567890128")).isEqualTo("6222***********0128");
        String id = validId("35010219900101123");
        assertThat(guard.maskAll("张三，" + id + "，电话13812341234，秘密★"))
                .isEqualTo("张三，35*************" + id.substring(15) + "，电话138****1234，秘密★");
    }

    @Test
    void masksAreSettings() {
        PersonalDataGuard strict = new PersonalDataGuard(new GuardSettings(0, 4, 0, 0, 0, 4, List.of("敏感标记")));
        assertThat(strict.maskMobile("13812341234")).isEqualTo("*******1234");
        assertThat(strict.scan("含有敏感标记的行").get(0).kind()).isEqualTo(Kind.SECRECY);
    }

    @Test
    void contextShowsTheMaskedValueNeverTheRawNumber() {
        String text = "请联系办公室王主任，电话13812345678，或身份证" + validId("35010219900101123") + "办理。";
        Match mobile = guard.scan(text).get(0);
        String context = guard.context(text, mobile, 20);
        assertThat(context).contains("【138****5678】").doesNotContain("13812345678", "3501021990");
    }

    @Test
    void fingerprintIsTheSameForTheSameNumberWhateverTheSeparators() {
        assertThat(guard.scan("13812345678").get(0).fingerprint())
                .isEqualTo(guard.scan("138-1234-5678").get(0).fingerprint());
    }
}
