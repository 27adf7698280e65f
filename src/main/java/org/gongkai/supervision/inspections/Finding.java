package org.gongkai.supervision.inspections;

import java.time.LocalDate;

/**
 * One finding of an inspection: about a unit (and a document, for the patrol's), open until made a task or dismissed.
 * {@code taskNumber} and {@code taskStatus} name the task it became (null before), so the finding follows its
 * rectification; {@code note} is the reason of a dismissal.
 */
public record Finding(long id, long inspectionId, String inspectionNumber, InspectionKind inspectionKind, Long unitId,
        FindingKind kind, String description, Long documentId, String fingerprint, FindingStatus status, Long taskId,
        LocalDate foundOn, String taskNumber, String taskStatus, String note) {}
