package org.gongkai.supervision.inspections;

import java.time.LocalDate;

/** An inspection (巡查, 暗访, 专项督查, or a run of the automatic patrol) with its summary. */
public record Inspection(long id, String number, InspectionKind kind, String title, LocalDate heldOn, String notes,
        Long officeUnitId, String summary, String createdBy) {}
