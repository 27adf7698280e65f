package org.gongkai.services.items;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.GongkaiException;
import org.gongkai.files.FileStore;
import org.gongkai.services.items.ItemCommands.AttachMaterialFile;
import org.springframework.stereotype.Service;

/**
 * The samples and blank forms of a guide's materials (issue #11): stored through {@link FileStore} for
 * {@code SERVICE_MATERIAL_FORM}, attached to a material of the published guide by a service officer of the item's unit
 * (a command, audited), kept across approved versions while the material keeps its name, and downloaded by anyone
 * from the public guide.
 */
@Service
public class ItemMaterialFiles {

    /** A material's files for a page: its place, name and the stored sample and blank form (when there are). */
    public record Row(int material, String name, FileStore.StoredFile sample, FileStore.StoredFile blank) {}

    /** A file to send: what it is and its bytes (the caller closes the stream). */
    public record Download(FileStore.StoredFile file, InputStream content) {}

    private final ServiceItemRepository items;
    private final ItemEditing editing;
    private final FileStore files;

    ItemMaterialFiles(ServiceItemRepository items, ItemEditing editing, FileStore files) {
        this.items = items;
        this.editing = editing;
        this.files = files;
    }

    /** The published item's materials with their files. */
    public List<Row> rows(ServiceItem item) {
        return items.materialFiles(item.id()).stream().map(m -> new Row(m.seq(), m.name(), file(m.sampleFileId()),
                file(m.blankFileId()))).toList();
    }

    /** Stores an upload for the purpose (refused at field {@code file}: type, size, content). */
    public FileStore.StoredFile store(InputStream content, String name) {
        return files.store(content, name, org.gongkai.files.AttachmentPurpose.SERVICE_MATERIAL_FORM);
    }

    ServiceItem attach(AttachMaterialFile c, CommandContext ctx) {
        ServiceItem item = editing.editable(ctx.requireActor(), c.code());
        if (files.find(c.fileId()).isEmpty()) {
            throw GongkaiException.invalid("file", "未找到上传的文件，请重新上传");
        }
        if (!items.setMaterialFile(item.id(), c.material(), c.kind() == MaterialFileKind.SAMPLE, c.fileId())) {
            throw GongkaiException.notFound();
        }
        return item;
    }

    /** The sample or blank form of a material of a published guide, for anyone. */
    public Optional<Download> download(String code, int material, MaterialFileKind kind) {
        if (code == null || !ItemCheck.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return items.findByCode(code).flatMap(item -> items.materialFiles(item.id()).stream()
                        .filter(m -> m.seq() == material).findFirst())
                .map(m -> kind == MaterialFileKind.SAMPLE ? m.sampleFileId() : m.blankFileId())
                .flatMap(files::find).map(f -> new Download(f, files.open(f.id())));
    }

    private FileStore.StoredFile file(String id) {
        return id == null ? null : files.find(id).orElse(null);
    }
}
