package org.gongkai.catalogue.web;

import jakarta.validation.constraints.Size;
import org.gongkai.catalogue.InterpretationPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form of one part of an interpretation (a question and answer, an image with its text alternative, a video
 * link): only the fields of the part's kind are shown and read; which are required is checked per kind by {@link
 * InterpretationPart.Text#problems()}, so the labels say 必填.
 */
public class InterpretationPartForm {

    @Size(max = InterpretationPart.QUESTION_MAX, message = "问题不能超过{max}字")
    private String question;

    @Size(max = InterpretationPart.ANSWER_MAX, message = "回答不能超过{max}字")
    private String answer;

    @Size(max = InterpretationPart.ALT_MAX, message = "替代文字不能超过{max}字")
    private String altText;

    @Size(max = InterpretationPart.URL_MAX, message = "视频链接不能超过{max}字")
    private String videoUrl;

    @Size(max = InterpretationPart.TITLE_MAX, message = "视频标题不能超过{max}字")
    private String videoTitle;

    /** The picture of a new image part. */
    private MultipartFile image;

    static InterpretationPartForm of(InterpretationPart p) {
        InterpretationPartForm f = new InterpretationPartForm();
        f.question = p.question();
        f.answer = p.answer();
        f.altText = p.altText();
        f.videoUrl = p.videoUrl();
        f.videoTitle = p.videoTitle();
        return f;
    }

    InterpretationPart.Text text(InterpretationPart.Kind kind) {
        return new InterpretationPart.Text(kind, question, answer, altText, videoUrl, videoTitle);
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public String getVideoTitle() {
        return videoTitle;
    }

    public void setVideoTitle(String videoTitle) {
        this.videoTitle = videoTitle;
    }

    public MultipartFile getImage() {
        return image;
    }

    public void setImage(MultipartFile image) {
        this.image = image;
    }
}
