package org.servicehall.infrastructure.files;

import java.util.Optional;

/**
 * The name an evidence file is kept and shown under: what a client sent, reduced to a plain file
 * name. Folders are dropped (a name is never a path), and so are characters that would make the
 * name show something other than it is: control characters (line breaks in headers and logs),
 * format characters (bidi overrides that turn {@code exe.pdf} around, zero-width characters),
 * line and paragraph separators, and lone surrogates.
 */
final class EvidenceFileNames {

    static final int MAX_LENGTH = 200;

    private EvidenceFileNames() {
    }

    /** The cleaned name; empty when nothing usable is left, or it is longer than {@link #MAX_LENGTH}. */
    static Optional<String> clean(String sent) {
        if (sent == null) {
            return Optional.empty();
        }
        String last = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        StringBuilder name = new StringBuilder(last.length());
        last.codePoints().filter(EvidenceFileNames::shown).forEach(name::appendCodePoint);
        String result = name.toString().strip();
        if (result.isEmpty() || result.equals(".") || result.equals("..") || result.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private static boolean shown(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
