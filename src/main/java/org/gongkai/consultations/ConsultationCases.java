package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.springframework.stereotype.Component;

/** What every consultation handler needs: the consultation locked for a change, its unit, today's date. */
@Component
class ConsultationCases {

    private final ConsultationRepository repository;
    private final Clock clock;

    ConsultationCases(ConsultationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Consultation locked(long id) {
        return repository.lock(id).orElseThrow(GongkaiException::notFound);
    }

    /**
     * The consultation, locked, refused unless the action is allowed and its report is not yet approved; a generated
     * report not yet approved is discarded, since what it was generated from changes now.
     */
    Consultation changeable(long id, Action action) {
        Consultation k = locked(id);
        ConsultationStatus.LIFECYCLE.require(k.status(), action);
        repository.feedback(id).ifPresent(f -> {
            if (f.approved()) {
                throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "反馈报告已经审核，不能再修改意见的处理");
            }
            repository.deleteFeedback(id); // generated from what is changing now: generate it again
        });
        return k;
    }

    long unitOf(Long id) {
        if (id == null) {
            throw GongkaiException.notFound();
        }
        return repository.find(id).map(Consultation::unitId).orElseThrow(GongkaiException::notFound);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
