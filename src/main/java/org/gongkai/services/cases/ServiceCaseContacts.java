package org.gongkai.services.cases;

import java.util.Optional;
import org.gongkai.common.PersonalData;
import org.springframework.stereotype.Component;

/**
 * How to reach a case's applicant, decrypted on demand for the one case asked: notify asks here when it writes the
 * receipt message (events never carry contacts), and fills the query code in only when it sends.
 */
@Component
@org.springframework.modulith.NamedInterface("contacts")
public class ServiceCaseContacts {

    /** The applicant's mobile (only a mobile number receives SMS) and e-mail; either may be null. */
    @org.springframework.modulith.NamedInterface("contacts")
    public record Contact(String caseNumber, String itemName, long unitId, String mobile, String email) {}

    private final ServiceCaseRepository repository;
    private final org.gongkai.services.ItemTermsLookup items;

    ServiceCaseContacts(ServiceCaseRepository repository, org.gongkai.services.ItemTermsLookup items) {
        this.repository = repository;
        this.items = items;
    }

    public Optional<Contact> find(String caseNumber) {
        return repository.find(caseNumber).map(c -> new Contact(c.caseNumber(),
                items.byId(c.itemId()).map(t -> t.name()).orElse(c.itemCode()), c.acceptingUnitId(),
                c.applicant().phone() != null && PersonalData.isMobile(c.applicant().phone()) ? c.applicant().phone()
                        : null,
                c.applicant().email()));
    }

    /** The query code in clear, for the receipt message only; empty for imported cases. */
    public Optional<String> queryCode(String caseNumber) {
        return repository.queryCode(caseNumber);
    }
}
