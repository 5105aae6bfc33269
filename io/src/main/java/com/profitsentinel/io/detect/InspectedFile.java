package com.profitsentinel.io.detect;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.io.table.Notice;
import java.nio.file.Path;
import java.util.List;

/**
 * A file that passed the content check of columns.md §2.5, with the format to read it as.
 *
 * @param path where the bytes are
 * @param displayName the name shown to the user and used in messages
 * @param format the format the content shows, which may differ from the extension
 * @param sizeBytes the file size
 * @param warnings warnings to return with the result ({@code EXTENSION_MISMATCH}), in the order they arose
 */
public record InspectedFile(Path path, String displayName, FileFormat format, long sizeBytes, List<Notice> warnings) {
    public InspectedFile {
        requireNonNull(path, "path is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(format, "format is null");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes < 0: " + sizeBytes);
        }
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    }
}
