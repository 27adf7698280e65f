package org.gongkai.gazette;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;

/**
 * Every change to the gazette is one of these commands, dispatched by the console and audited by the dispatcher
 * (action names CREATE_GAZETTE_ISSUE, ADD_GAZETTE_ENTRY, …). Handlers: {@link GazetteCommandHandlers}.
 */
public final class GazetteCommands {

    private GazetteCommands() {}

    /** Opens a new issue of {@code year}; {@code number} empty = the year's next number. Result: the issue's id. */
    public record CreateGazetteIssue(@NotNull(message = "请填写年份") @Min(value = 2000, message = "年份超出范围")
            @Max(value = 2100, message = "年份超出范围") Integer year,
            @Min(value = 1, message = "期号应为 1 至 999") @Max(value = 999, message = "期号应为 1 至 999") Integer number)
            implements Command {
        @Override
        public String objectType() {
            return "GazetteIssue";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** Puts a published document into a draft issue, in {@code section} (empty = its genre's section). */
    public record AddGazetteEntry(@NotNull Long issueId,
            @NotNull(message = "请填写文件编号") @Positive(message = "文件编号不正确") Long documentId,
            @Size(max = 40) String section) implements Command {
        @Override
        public String objectType() {
            return "GazetteIssue";
        }

        @Override
        public String objectId() {
            return String.valueOf(issueId);
        }
    }

    /** Takes a document out of a draft issue. */
    public record RemoveGazetteEntry(@NotNull Long issueId, @NotNull Long documentId) implements Command {
        @Override
        public String objectType() {
            return "GazetteIssue";
        }

        @Override
        public String objectId() {
            return String.valueOf(issueId);
        }
    }

    /**
     * Moves a document of a draft issue one place up or down in its section ({@code UP}, {@code DOWN}), or to the end
     * of another section ({@code SECTION} with {@code section}).
     */
    public record MoveGazetteEntry(@NotNull Long issueId, @NotNull Long documentId,
            @NotBlank @Pattern(regexp = "UP|DOWN|SECTION", message = "移动方式不正确") String direction,
            @Size(max = 40) String section) implements Command {
        @Override
        public String objectType() {
            return "GazetteIssue";
        }

        @Override
        public String objectId() {
            return String.valueOf(issueId);
        }
    }

    /**
     * Publishes a draft issue on {@code publishedOn} (empty = today): every document must still be public, and the copy
     * of each is taken afresh; the issue is frozen from then on.
     */
    public record PublishGazetteIssue(@NotNull Long issueId,
            @Size(max = 10) @Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?", message = "日期格式应为 YYYY-MM-DD")
            String publishedOn) implements Command {
        @Override
        public String objectType() {
            return "GazetteIssue";
        }

        @Override
        public String objectId() {
            return String.valueOf(issueId);
        }
    }

    /** Adds ({@code placeId} empty) or changes a place of the distribution list. Result: the place's id. */
    public record SaveGazettePlace(Long placeId,
            @NotBlank(message = "请填写名称") @Size(max = 200, message = "名称不能超过 200 个字") String name,
            @NotBlank(message = "请选择类型") @Size(max = 30) String kind,
            @NotBlank(message = "请填写地址") @Size(max = 300, message = "地址不能超过 300 个字") String address,
            @NotNull(message = "请填写份数") @Min(value = 0, message = "份数应为 0 至 1000")
            @Max(value = 1000, message = "份数应为 0 至 1000") Integer copies,
            boolean active) implements Command {
        @Override
        public String objectType() {
            return "GazettePlace";
        }

        @Override
        public String objectId() {
            return placeId == null ? null : String.valueOf(placeId);
        }
    }
}
