package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardHtmlTest {

    final PersonalDataGuard guard = new PersonalDataGuard();

    @Test
    void numberSplitOverInlineTagsIsOneNumberAndIsMaskedInItsFirstTextNode() {
        String body = "<p>身份证号<b>110105</b> 1949<span>1231</span>002X，电话<em>１３８</em>－１２３４－５６７８</p>";
        assertThat(guard.scan(GuardHtml.text(body))).extracting(PersonalDataGuard.Match::kind)
                .containsExactly(PersonalDataGuard.Kind.ID_NUMBER, PersonalDataGuard.Kind.MOBILE);

        String masked = GuardHtml.mask(body, guard);
        assertThat(masked).isEqualTo("<p>身份证号<b>11*************02X</b><span></span>，电话<em>138****5678</em></p>");
    }

    @Test
    void tableCellsAndParagraphsAreNotJoinedIntoOneNumber() {
        String row = "<table><tr><td>3456</td><td>5678</td><td>9012</td><td>1008</td></tr></table>";
        assertThat(PersonalDataGuard.luhn("3456567890121008")).isTrue();
        assertThat(guard.scan(GuardHtml.text(row))).isEmpty();
        assertThat(guard.scan(GuardHtml.text("<p>1381234</p><p>5678</p>"))).isEmpty();
        assertThat(GuardHtml.mask(row, guard)).isEqualTo(row.replace("<tr>", "<tbody><tr>").replace("</table>", "</tbody></table>"));
    }

    @Test
    void numberInATableCellAndAfterALineBreakIsMasked() {
        String body = "<table><tr><td>李四</td><td>1381234<br>5678</td></tr></table>";
        assertThat(GuardHtml.mask(body, guard)).contains("138****5678<br>").doesNotContain("1381234", "5678\n");
    }
}
