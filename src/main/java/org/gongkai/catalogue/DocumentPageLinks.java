package org.gongkai.catalogue;

import java.util.List;

/**
 * SPI: links another module adds to a published document's public page, without the catalogue knowing that module
 * (e.g. the consultation on the document's draft, issue #16). Every bean of this type is asked when the page is shown.
 */
public interface DocumentPageLinks {

    /** The links for the document's page, or none. */
    List<Link> links(long documentId);

    /**
     * One link: {@code heading} says what it is (e.g. 公开征求意见), {@code label} is the linked text, {@code href} a
     * portal path.
     */
    record Link(String heading, String label, String href) {}
}
