package org.gongkai.requests.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.common.DocumentFonts;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DeliveryChannel;
import org.gongkai.requests.DeliveryForm;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.gongkai.requests.letters.TemplateText.Style;
import org.springframework.stereotype.Component;

/**
 * The blank 政府信息公开申请表 for applying on paper (#10), as DOCX and PDF through the letters' writers: the
 * contents Art. 29 of the 条例 requires, the same choices as the online form, and how to submit it.
 */
@Component
public class ApplicationFormDocument {

    static final String TITLE = "政府信息公开申请表";
    private static final String LINE = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿";

    private final PdfLetterWriter pdf;
    private final DocxLetterWriter docx;

    ApplicationFormDocument(DocumentFonts fonts) {
        this.pdf = new PdfLetterWriter(fonts);
        this.docx = new DocxLetterWriter(fonts);
    }

    public byte[] docx(String siteName) {
        return docx.write(TITLE, paragraphs(siteName));
    }

    public byte[] pdf(String siteName) {
        return pdf.write(TITLE, paragraphs(siteName));
    }

    static List<Paragraph> paragraphs(String siteName) {
        List<Paragraph> p = new ArrayList<>();
        p.add(new Paragraph(Style.TITLE, TITLE));
        p.add(flush("受理机关：" + LINE));
        p.add(flush("一、申请人信息"));
        p.add(flush("申请人类型：" + boxes(Arrays.stream(ApplicantType.values()).map(ApplicantType::label).toList())));
        p.add(flush("姓名或单位名称：" + LINE));
        p.add(flush("身份证号码（自然人填写）：" + LINE));
        p.add(flush("统一社会信用代码（法人或其他组织填写）：" + LINE));
        p.add(flush("法定代表人或负责人、联系人（法人或其他组织填写）：" + LINE));
        p.add(flush("联系电话：" + LINE));
        p.add(flush("电子邮箱：" + LINE));
        p.add(flush("通信地址及邮政编码：" + LINE));
        p.add(flush("二、所需政府信息"));
        p.add(flush("所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述："));
        for (int i = 0; i < 4; i++) {
            p.add(flush(LINE + LINE));
        }
        p.add(flush("三、获取方式"));
        p.add(flush("信息的提供形式：" + boxes(Arrays.stream(DeliveryForm.values()).map(DeliveryForm::label).toList())));
        p.add(flush("获取信息的方式：" + boxes(Arrays.stream(DeliveryChannel.values()).map(DeliveryChannel::label).toList())));
        p.add(flush("四、申请人签名或者盖章：" + LINE));
        p.add(new Paragraph(Style.RIGHT, "申请日期：　　　　年　　月　　日"));
        p.add(flush("填表说明"));
        p.add(body("1. 本表依据《中华人民共和国政府信息公开条例》第二十九条制作。请附申请人身份证明的复印件（自然人为身份证，法人或者其他组织为营业执照或者登记证书）。"));
        p.add(body("2. 所需信息请尽量写明名称、文号或者其他特征，一份申请表宜只申请一项内容相近的政府信息。"));
        p.add(body("3. 申请表可以当面提交，或者邮寄、传真、发送电子邮件至受理机关；各机关的地址和联系方式见" + siteName
                + "门户网站“政府信息公开指南”。也可以在“政府信息公开—依申请公开”栏目在线提交，无需填写本表。"));
        p.add(body("4. 行政机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复，"
                + "需要延长的，延长期限最长不超过 20 个工作日。依申请提供政府信息，原则上不收取费用（《条例》第四十二条）。"));
        return p;
    }

    private static Paragraph flush(String text) {
        return new Paragraph(Style.FLUSH, text);
    }

    private static Paragraph body(String text) {
        return new Paragraph(Style.BODY, text);
    }

    private static String boxes(List<String> labels) {
        return labels.stream().map(l -> "□" + l).collect(Collectors.joining("　"));
    }
}
