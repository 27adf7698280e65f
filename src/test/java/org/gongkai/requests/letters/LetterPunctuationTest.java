package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seams of template text, reasons and descriptions are cleaned; numbers and addresses are left alone. */
class LetterPunctuationTest {

    @Test
    void doubledAndClashingMarksBecomeOne() {
        assertThat(LetterPunctuation.clean("理由如下。。")).isEqualTo("理由如下。");
        assertThat(LetterPunctuation.clean("已经公开，。请查阅")).isEqualTo("已经公开。请查阅");
        assertThat(LetterPunctuation.clean("事项；。")).isEqualTo("事项。");
        assertThat(LetterPunctuation.clean("是否公开？。")).isEqualTo("是否公开？");
        assertThat(LetterPunctuation.clean("申请获取“道路工程招标文件。”。")).isEqualTo("申请获取“道路工程招标文件”。");
    }

    @Test
    void asciiPunctuationInChineseTextBecomesChinese() {
        assertThat(LetterPunctuation.clean("经审查,该信息不存在;请知悉(见附件):谢谢.")).isEqualTo("经审查，该信息不存在；请知悉（见附件）：谢谢。");
        assertThat(LetterPunctuation.clean("申请获取\"城区道路\"的资料")).isEqualTo("申请获取“城区道路”的资料");
    }

    @Test
    void emptyBracketsAndQuotesAreDropped() {
        assertThat(LetterPunctuation.clean("本机关（）于今日答复“”。")).isEqualTo("本机关于今日答复。");
        assertThat(LetterPunctuation.clean("依据《 》办理")).isEqualTo("依据办理");
    }

    @Test
    void numbersTimesAddressesAndEmailAreKept() {
        assertThat(LetterPunctuation.clean("金额1,700.00元，上午8:30至12:00，电话0123-6100014。"))
                .isEqualTo("金额1,700.00元，上午8:30至12:00，电话0123-6100014。");
        assertThat(LetterPunctuation.clean("详见 https://www.example.gov.cn/a?id=1,2 或发邮件至 gk@shixian.example。"))
                .isEqualTo("详见 https://www.example.gov.cn/a?id=1,2 或发邮件至 gk@shixian.example。");
    }
}
