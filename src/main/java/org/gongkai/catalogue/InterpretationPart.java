package org.gongkai.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One part of a policy interpretation besides its body (issue #16): a question with its answer, an image (图解) with
 * its required text alternative, or a link to a video with its title. {@code version} is null for the editor's
 * working copy and the published version's number for the copy the public sees.
 */
public record InterpretationPart(long id, long documentId, Integer version, Kind kind, int position, String question,
        String answer, String fileId, String fileName, String mediaType, String altText, String videoUrl,
        String videoTitle) {

    public static final int QUESTION_MAX = 300;
    public static final int ANSWER_MAX = 4000;
    public static final int ALT_MAX = 500;
    public static final int URL_MAX = 500;
    public static final int TITLE_MAX = 200;
    /** Most parts of one interpretation. */
    public static final int PARTS_MAX = 50;

    public enum Kind {
        QA("问答"), IMAGE("图解"), VIDEO("视频");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The public address of an image part's picture (served only while its version is the public one). */
    public String imageUrl() {
        return "/openness/interpretation-images/" + id;
    }

    /** The answer's paragraphs (its non-blank lines), for the public page. */
    public java.util.List<String> answerParagraphs() {
        return answer == null ? java.util.List.of()
                : answer.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** What the audit record and lists name the part by. */
    public String describe() {
        return kind.label() + "：" + switch (kind) {
            case QA -> question;
            case IMAGE -> altText;
            case VIDEO -> videoTitle + "（" + videoUrl + "）";
        };
    }

    /**
     * What an editor types for a part (the image's file comes separately). Only the fields of {@code kind} are read;
     * {@link #problems()} names every missing, too long or invalid one with its Chinese message.
     */
    public record Text(Kind kind, String question, String answer, String altText, String videoUrl,
            String videoTitle) {

        public Map<String, String> problems() {
            Map<String, String> out = new LinkedHashMap<>();
            switch (kind) {
                case QA -> {
                    required(out, "question", question, QUESTION_MAX, "请填写问题", "问题");
                    required(out, "answer", answer, ANSWER_MAX, "请填写回答", "回答");
                }
                case IMAGE -> required(out, "altText", altText, ALT_MAX,
                        "请填写图片的替代文字（说明图片的内容，供读屏软件朗读）", "替代文字");
                case VIDEO -> {
                    required(out, "videoTitle", videoTitle, TITLE_MAX, "请填写视频标题", "视频标题");
                    required(out, "videoUrl", videoUrl, URL_MAX, "请填写视频链接", "视频链接");
                    if (!out.containsKey("videoUrl") && !isHttps(videoUrl.strip())) {
                        out.put("videoUrl", "视频链接须是以 https:// 开头的完整网址");
                    }
                }
                default -> { }
            }
            return out;
        }

        /** The text with surrounding blanks removed and the other kinds' fields dropped. */
        Text clean() {
            return new Text(kind, kind == Kind.QA ? question.strip() : null, kind == Kind.QA ? answer.strip() : null,
                    kind == Kind.IMAGE ? altText.strip() : null, kind == Kind.VIDEO ? videoUrl.strip() : null,
                    kind == Kind.VIDEO ? videoTitle.strip() : null);
        }

        private static void required(Map<String, String> out, String field, String value, int max, String missing,
                String name) {
            if (value == null || value.isBlank()) {
                out.put(field, missing);
            } else if (value.strip().length() > max) {
                out.put(field, name + "不能超过" + max + "字");
            }
        }

        static boolean isHttps(String url) {
            if (url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
                return false;
            }
            try {
                URI uri = new URI(url);
                return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                        && uri.getRawUserInfo() == null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
