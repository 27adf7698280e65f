package org.gongkai.catalogue;

import java.io.InputStream;

/**
 * Commands on the parts of an interpretation (issue #16), run by the dispatcher and audited like the document's
 * other commands ({@code ADD_INTERPRETATION_PART}, …). Handlers: {@link InterpretationParts}.
 */
public final class InterpretationPartCommands {

    private InterpretationPartCommands() {}

    /** A new last part; {@code image} and {@code imageName} only for an image. */
    public record AddInterpretationPart(long id, InterpretationPart.Text text, InputStream image, String imageName)
            implements DocumentCommands.OnDocument {}

    /** New text of a part (an image keeps its picture; to change the picture remove the part and add another). */
    public record EditInterpretationPart(long id, long partId, InterpretationPart.Text text)
            implements DocumentCommands.OnDocument {}

    public record RemoveInterpretationPart(long id, long partId) implements DocumentCommands.OnDocument {}

    /** Moves a part one place up (towards the start) or down. */
    public record MoveInterpretationPart(long id, long partId, boolean up) implements DocumentCommands.OnDocument {}
}
