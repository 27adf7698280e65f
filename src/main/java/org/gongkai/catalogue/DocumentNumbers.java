package org.gongkai.catalogue;

import java.util.List;
import java.util.Optional;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * A document number (文号) names one document of its publisher (issue #8 class 7): a number already used by
 * the same unit is refused — at the field in the editor, for the row in an import — unless the import row
 * names, in column {@code newVersionOf}, the index number (索引号) of the document it is a new version of.
 * Editing a document (also revising a published one) keeps its own number.
 */
final class DocumentNumbers {

    private final DocumentRepository documents;

    DocumentNumbers(DocumentRepository documents) {
        this.documents = documents;
    }

    /** A document that already carries a 文号: what the import's message names. */
    record Holder(long unitId, String documentNumber, String title, String indexNumber) {}

    /**
     * The problem with using {@code number} (stripped) for a new document when {@code holders} (oldest first) are
     * the publisher's documents that already carry it, if any.
     */
    static Optional<String> problem(String number, List<Holder> holders, String newVersionOf) {
        if (number == null || number.isBlank() || holders.isEmpty()) {
            return Optional.empty();
        }
        if (newVersionOf != null && holders.stream().allMatch(d -> newVersionOf.equals(d.indexNumber()))) {
            return Optional.empty();
        }
        Holder first = holders.get(0);
        return Optional.of("发文字号“" + number.strip() + "”已被本单位的文件《" + first.title() + "》（索引号 "
                + first.indexNumber() + "）使用；如为该文件的新版本，请在 newVersionOf 列填写其索引号，或修改原文件");
    }

    /** Refuses a number already used by another document of the unit, at field {@code documentNumber}. */
    void requireFree(long unitId, String number, Long exceptId) {
        if (number == null || number.isBlank()) {
            return;
        }
        List<Document> holders = documents.withDocumentNumber(unitId, number.strip(), exceptId);
        if (!holders.isEmpty()) {
            Document first = holders.get(0);
            throw new GongkaiException(ErrorCode.DOCUMENT_NUMBER_TAKEN, "发文字号“" + number.strip()
                    + "”已被本单位的文件《" + first.title() + "》使用；如要发布该文件的新版本，请修改原文件", "documentNumber");
        }
    }
}
