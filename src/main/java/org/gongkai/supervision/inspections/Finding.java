package org.gongkai.supervision.inspections;

import java.time.LocalDate;

/** One finding of an inspection: about a unit (and a document, for the patrol's), open until tasked or dismissed. */
public record Finding(long id, long inspectionId, String inspectionNumber, InspectionKind inspectionKind, Long unitId,
        FindingKind kind, String description, Long documentId, String fingerprint, FindingStatus status, Long taskId,
        LocalDate foundOn) {}
