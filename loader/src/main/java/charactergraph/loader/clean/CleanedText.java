package charactergraph.loader.clean;

import java.util.List;
import java.util.Objects;

/**
 * The output of the clean stage.
 *
 * <p>{@code text} has exactly the length of {@code original}: every dropped character is replaced by a space
 * (line breaks are kept), so every offset computed on {@code text} is also an offset into the original file.
 *
 * @param original the file's text as read
 * @param text     the narrative only, same length as original
 * @param dropped  what was removed and why, for diagnostics
 */
public record CleanedText(String original, String text, List<DroppedRegion> dropped) {
    public CleanedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        if (original.length() != text.length()) {
            throw new IllegalArgumentException("cleaned text must keep the original's length");
        }
        dropped = List.copyOf(dropped == null ? List.of() : dropped);
    }

    /** A stretch of the original that is not narrative. */
    public record DroppedRegion(int start, int end, String reason) {
    }
}
