package org.gongkai.services.items;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;

/**
 * The staff actions on an item's guide: save the editor's content as a draft version, submit it for review, and the
 * reviewer's approval (publication) or rejection. The audited object is the item (its code).
 */
public final class ItemCommands {

    /** Largest content (the guide as a JSON object, the import line's members). */
    public static final int CONTENT_MAX = 256 * 1024;
    public static final int NOTE_MAX = 1000;

    private ItemCommands() {}

    /** A command on one item. */
    public sealed interface OnItem extends Command {
        String code();

        @Override
        default String objectType() {
            return "ServiceItem";
        }

        @Override
        default String objectId() {
            return code();
        }
    }

    /**
     * Saves the guide as a draft: replaces the latest version when it is a draft, else starts the next version.
     *
     * @param content     the guide as one JSON object with the members of an import line ({@code code} optional)
     * @param baseVersion the version the editor started from; a save over a newer one is refused (VERSION_CONFLICT)
     */
    public record SaveItemDraft(@NotBlank @Size(max = 64) String code,
            @NotBlank(message = "请填写办事指南的内容") @Size(max = CONTENT_MAX) String content,
            @Size(max = NOTE_MAX, message = "修改说明最多1000个字符") String note, Integer baseVersion) implements OnItem {}

    public record SubmitItemVersion(@NotBlank @Size(max = 64) String code, @NotNull @Min(1) Integer version)
            implements OnItem {}

    public record ApproveItemVersion(@NotBlank @Size(max = 64) String code, @NotNull @Min(1) Integer version,
            @Size(max = NOTE_MAX, message = "审核意见最多1000个字符") String note) implements OnItem {}

    /**
     * Attaches a stored file (through {@code FileStore} for {@code SERVICE_MATERIAL_FORM}) to a material of the published
     * guide as its sample or blank form, replacing the one before; downloadable from the guide at once.
     */
    public record AttachMaterialFile(@NotBlank @Size(max = 64) String code, @NotNull @Min(1) Integer material,
            @NotNull MaterialFileKind kind, @NotBlank @Size(max = 100) String fileId) implements OnItem {}

    public record RejectItemVersion(@NotBlank @Size(max = 64) String code, @NotNull @Min(1) Integer version,
            @NotBlank(message = "请填写退回理由") @Size(max = NOTE_MAX, message = "退回理由最多1000个字符") String reason)
            implements OnItem {}
}
