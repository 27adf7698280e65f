package org.gongkai.services.items;

import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.services.items.ItemCommands.ApproveItemVersion;
import org.gongkai.services.items.ItemCommands.RejectItemVersion;
import org.gongkai.services.items.ItemCommands.SaveItemDraft;
import org.gongkai.services.items.ItemCommands.SubmitItemVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One handler per item command: who may run it (the item's unit in the officer's scope; the director for review),
 * what it does ({@link ItemEditing}) and the audit detail (the version and its new status).
 */
@Configuration(proxyBeanMethods = false)
class ItemCommandHandlers {

    private final ItemEditing editing;
    private final ItemMaterialFiles materialFiles;

    ItemCommandHandlers(ItemEditing editing, ItemMaterialFiles materialFiles) {
        this.editing = editing;
        this.materialFiles = materialFiles;
    }

    @Bean
    CommandHandler<ItemCommands.AttachMaterialFile, ServiceItem> attachMaterialFile() {
        return CommandHandlers.handle(ItemCommands.AttachMaterialFile.class, materialFiles::attach)
                .authorisedBy((c, actor) -> editing.editable(actor, c.code()))
                .describedBy((c, item) -> "第" + c.material() + "项材料的" + c.kind().label() + "：文件 " + c.fileId())
                .build();
    }

    @Bean
    CommandHandler<SaveItemDraft, ItemVersion> saveItemDraft() {
        return CommandHandlers.handle(SaveItemDraft.class, editing::save)
                .authorisedBy((c, actor) -> editing.editable(actor, c.code()))
                .describedBy((c, v) -> "保存第" + v.version() + "版草稿")
                .build();
    }

    @Bean
    CommandHandler<SubmitItemVersion, ItemVersion> submitItemVersion() {
        return CommandHandlers.handle(SubmitItemVersion.class, editing::submit)
                .authorisedBy((c, actor) -> editing.editable(actor, c.code()))
                .describedBy((c, v) -> "第" + v.version() + "版提交审核")
                .build();
    }

    @Bean
    CommandHandler<ApproveItemVersion, ItemVersion> approveItemVersion() {
        return CommandHandlers.handle(ApproveItemVersion.class, editing::approve)
                .authorisedBy((c, actor) -> editing.reviewable(actor, c.code()))
                .describedBy((c, v) -> "第" + v.version() + "版审核通过并发布")
                .build();
    }

    @Bean
    CommandHandler<RejectItemVersion, ItemVersion> rejectItemVersion() {
        return CommandHandlers.handle(RejectItemVersion.class, editing::reject)
                .authorisedBy((c, actor) -> editing.reviewable(actor, c.code()))
                .describedBy((c, v) -> "第" + v.version() + "版退回：" + v.reviewNote())
                .build();
    }
}
