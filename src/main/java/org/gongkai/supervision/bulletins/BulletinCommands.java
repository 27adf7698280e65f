package org.gongkai.supervision.bulletins;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.supervision.BulletinEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff actions on monthly bulletins, each audited by the dispatcher under its name ({@code GENERATE_BULLETIN},
 * {@code EDIT_BULLETIN}, {@code APPROVE_BULLETIN}, {@code PUBLISH_BULLETIN}) and recorded in the bulletin's ledger:
 * the county office's supervisor generates, edits and publishes, its head approves.
 */
@Configuration(proxyBeanMethods = false)
public class BulletinCommands {

    public static final int TITLE_MAX = 200;
    public static final int SECTION_MAX = 5000;
    static final String TYPE = "SupervisionBulletin";

    public record GenerateBulletin(
            @NotBlank(message = "请填写通报月份") @Size(max = 7, message = "通报月份格式应为 YYYY-MM") String period)
            implements Command {
        @Override
        public String objectType() {
            return TYPE;
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    public record EditBulletin(@NotNull Long bulletinId,
            @NotBlank(message = "请填写标题") @Size(max = TITLE_MAX, message = "标题不能超过{max}字") String title,
            @NotBlank(message = "请填写总体情况") @Size(max = SECTION_MAX, message = "总体情况不能超过{max}字") String intro,
            @NotBlank(message = "请填写工作要求") @Size(max = SECTION_MAX, message = "工作要求不能超过{max}字")
            String remarks) implements Command {
        @Override
        public String objectType() {
            return TYPE;
        }

        @Override
        public String objectId() {
            return String.valueOf(bulletinId);
        }
    }

    public record ApproveBulletin(@NotNull Long bulletinId) implements Command {
        @Override
        public String objectType() {
            return TYPE;
        }

        @Override
        public String objectId() {
            return String.valueOf(bulletinId);
        }
    }

    public record PublishBulletin(@NotNull Long bulletinId) implements Command {
        @Override
        public String objectType() {
            return TYPE;
        }

        @Override
        public String objectId() {
            return String.valueOf(bulletinId);
        }
    }

    static String by(CommandContext context) {
        return context.actor().map(Actor::username).orElse("system");
    }

    @Bean
    CommandHandler<GenerateBulletin, Bulletin> generateBulletinHandler(Bulletins bulletins) {
        return CommandHandlers.handle(GenerateBulletin.class, (c, ctx) -> {
            Bulletin b = bulletins.generate(bulletins.period(c.period()), by(ctx));
            ctx.publish(new BulletinEvents.BulletinGenerated(b.id(), b.period().toString(), b.documentNumber(),
                    bulletins.now()));
            return b;
        }).authorisedBy((c, actor) -> bulletins.requireSupervisor(actor))
                .objectId((c, b) -> String.valueOf(b.id()))
                .describedBy((c, b) -> "生成" + b.period() + "月通报 " + b.documentNumber())
                .build();
    }

    @Bean
    CommandHandler<EditBulletin, Bulletin> editBulletinHandler(Bulletins bulletins) {
        return CommandHandlers.handle(EditBulletin.class, (c, ctx) -> bulletins.edit(c.bulletinId(), c.title(),
                        c.intro(), c.remarks(), by(ctx)))
                .authorisedBy((c, actor) -> bulletins.requireSupervisor(actor))
                .describedBy((c, b) -> "编辑通报 " + b.documentNumber())
                .build();
    }

    @Bean
    CommandHandler<ApproveBulletin, Bulletin> approveBulletinHandler(Bulletins bulletins) {
        return CommandHandlers.handle(ApproveBulletin.class, (c, ctx) -> {
            Bulletin b = bulletins.approve(c.bulletinId(), by(ctx));
            ctx.publish(new BulletinEvents.BulletinApproved(b.id(), b.documentNumber(), bulletins.now()));
            return b;
        }).authorisedBy((c, actor) -> bulletins.requireOfficeHead(actor))
                .describedBy((c, b) -> "审定通报 " + b.documentNumber())
                .build();
    }

    @Bean
    CommandHandler<PublishBulletin, Bulletin> publishBulletinHandler(Bulletins bulletins) {
        return CommandHandlers.handle(PublishBulletin.class, (c, ctx) -> {
            Bulletin b = bulletins.publish(c.bulletinId(), by(ctx));
            ctx.publish(new BulletinEvents.BulletinPublished(b.id(), b.period().toString(), b.documentNumber(),
                    b.title(), bulletins.unitIds(), bulletins.now()));
            return b;
        }).authorisedBy((c, actor) -> bulletins.requireSupervisor(actor))
                .describedBy((c, b) -> "发布通报 " + b.documentNumber())
                .build();
    }
}
