package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an import's {@link DocumentRowCheck} knows of the documents already held, for one batch of rows at a time:
 * the 文号 and 索引号 the batch mentions are read with one query each ({@link #load}); the rows accepted in the
 * batch are added as they pass ({@link #accepted}), so a later row sees them exactly as if they had been written one
 * by one. The batch is written before the next {@link #load}, which then finds it in the database. A value the
 * batch did not announce is read on its own (never wrong, only slower).
 */
final class KnownDocuments implements DocumentRowCheck.Lookups {

    private final DocumentRepository documents;
    private final Set<String> loadedIndexNumbers = new HashSet<>();
    private final Map<String, Long> unitOfIndexNumber = new HashMap<>();
    private final Set<String> loadedNumbers = new HashSet<>();
    private final Map<String, List<DocumentNumbers.Holder>> holders = new HashMap<>();

    KnownDocuments(DocumentRepository documents) {
        this.documents = documents;
    }

    /** Forgets the previous batch and reads what the database holds of these 文号 and 索引号. */
    void load(Collection<String> documentNumbers, Collection<String> indexNumbers) {
        loadedIndexNumbers.clear();
        unitOfIndexNumber.clear();
        loadedNumbers.clear();
        holders.clear();
        Set<String> wantedIndexNumbers = new HashSet<>(indexNumbers);
        Set<String> wantedNumbers = new HashSet<>(documentNumbers);
        unitOfIndexNumber.putAll(documents.unitsOfIndexNumbers(wantedIndexNumbers));
        loadedIndexNumbers.addAll(wantedIndexNumbers);
        for (DocumentNumbers.Holder h : documents.numberHolders(wantedNumbers)) {
            holders.computeIfAbsent(key(h.unitId(), h.documentNumber()), k -> new ArrayList<>()).add(h);
        }
        loadedNumbers.addAll(wantedNumbers);
    }

    /** A row accepted in this batch: from now on its 索引号 and 文号 are held. */
    void accepted(long unitId, String documentNumber, String title, String indexNumber) {
        unitOfIndexNumber.put(indexNumber, unitId);
        loadedIndexNumbers.add(indexNumber);
        if (documentNumber != null) {
            holders(unitId, documentNumber); // loads the database's holders first when not announced
            holders.computeIfAbsent(key(unitId, documentNumber), k -> new ArrayList<>())
                    .add(new DocumentNumbers.Holder(unitId, documentNumber, title, indexNumber));
        }
    }

    @Override
    public Optional<Long> unitOfIndexNumber(String indexNumber) {
        if (loadedIndexNumbers.add(indexNumber)) {
            unitOfIndexNumber.putAll(documents.unitsOfIndexNumbers(Set.of(indexNumber)));
        }
        return Optional.ofNullable(unitOfIndexNumber.get(indexNumber));
    }

    @Override
    public Optional<Long> publicDocumentOfIndexNumber(String indexNumber) {
        return documents.findByIndexNumber(indexNumber).filter(Document::isPublic).map(Document::id);
    }

    boolean indexNumberTaken(String indexNumber) {
        return unitOfIndexNumber(indexNumber).isPresent();
    }

    @Override
    public List<DocumentNumbers.Holder> holders(long unitId, String documentNumber) {
        if (loadedNumbers.add(documentNumber)) {
            for (DocumentNumbers.Holder h : documents.numberHolders(Set.of(documentNumber))) {
                holders.computeIfAbsent(key(h.unitId(), h.documentNumber()), k -> new ArrayList<>()).add(h);
            }
        }
        return holders.getOrDefault(key(unitId, documentNumber), List.of());
    }

    private static String key(long unitId, String documentNumber) {
        return unitId + "\n" + documentNumber;
    }
}
