package com.profitsentinel.io.xlsx;

import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an XLSX archive before any XML in it is parsed (columns.md §2.3, Safety): at most 10,000 entries, and a total
 * uncompressed size of at most 1 GB and at most 100 × the file size. The sizes the archive declares are checked first;
 * then every entry is inflated and counted, because declared sizes can lie. The count stops at the first byte past the
 * limit, so a zip bomb costs at most one limit's worth of inflating and no memory. A violation or a corrupt archive is
 * {@code INVALID_WORKBOOK}.
 */
final class PackageLimits {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_UNCOMPRESSED_BYTES = 1L << 30;
    static final long MAX_EXPANSION_RATIO = 100;

    private static final String CONTENT_TYPES_ENTRY = "[Content_Types].xml";
    private static final String STYLES_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final int BUFFER_BYTES = 1 << 16;

    /**
     * What the check learnt about the package.
     *
     * @param entries the number of archive entries
     * @param uncompressedBytes the total size of all entries after inflating
     * @param declaresStyles whether {@code [Content_Types].xml} declares a styles part (number formats, hence dates)
     */
    record Summary(int entries, long uncompressedBytes, boolean declaresStyles) {}

    private PackageLimits() {}

    /** The uncompressed-size limit for a file of this size. */
    static long uncompressedLimit(long fileBytes) {
        long ratioLimit = fileBytes > MAX_UNCOMPRESSED_BYTES / MAX_EXPANSION_RATIO
                ? MAX_UNCOMPRESSED_BYTES
                : fileBytes * MAX_EXPANSION_RATIO;
        return Math.min(MAX_UNCOMPRESSED_BYTES, ratioLimit);
    }

    static Summary check(Path path, String displayName) {
        try {
            long limit = uncompressedLimit(Files.size(path));
            try (ZipFile zip = new ZipFile(path.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw WorkbookErrors.invalid(displayName);
                }
                checkDeclaredSizes(zip, limit, displayName);
                return inflateAll(zip, limit, displayName);
            }
        } catch (ProfitSentinelException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw WorkbookErrors.unreadable(displayName, e);
        } catch (IOException | RuntimeException e) {
            throw WorkbookErrors.invalid(displayName, e);
        }
    }

    private static void checkDeclaredSizes(ZipFile zip, long limit, String displayName) {
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            long size = entries.nextElement().getSize();
            if (size > 0) {
                declared += size;
                if (declared > limit) {
                    throw WorkbookErrors.invalid(displayName);
                }
            }
        }
    }

    private static Summary inflateAll(ZipFile zip, long limit, String displayName) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int count = 0;
        boolean declaresStyles = false;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            count++;
            boolean contentTypes = entry.getName().equalsIgnoreCase(CONTENT_TYPES_ENTRY);
            String tail = "";
            try (InputStream input = zip.getInputStream(entry)) {
                int read;
                while ((read = input.read(buffer)) != -1) {
                    total += read;
                    if (total > limit) {
                        throw WorkbookErrors.invalid(displayName);
                    }
                    if (contentTypes && !declaresStyles) {
                        // search across buffer boundaries by keeping the end of the previous buffer
                        String window = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                        declaresStyles = window.contains(STYLES_CONTENT_TYPE);
                        tail = window.substring(Math.max(0, window.length() - STYLES_CONTENT_TYPE.length()));
                    }
                }
            }
        }
        return new Summary(count, total, declaresStyles);
    }
}
