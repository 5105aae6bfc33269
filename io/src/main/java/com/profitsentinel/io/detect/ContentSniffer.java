package com.profitsentinel.io.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file's bytes are (columns.md §2.5): a ZIP archive ({@code 50 4B 03 04}) with or without
 * {@code xl/workbook.xml}, an OLE2 file ({@code D0 CF 11 E0 A1 B1 1A E1}) by its streams, or else text or binary by the
 * control-character rule. Only the ZIP central directory and the OLE2 directory are read, never the workbook itself.
 */
final class ContentSniffer {
    /** Bytes of the head a caller reads: the UTF-16 check of columns.md §2.2 looks at the first 4 KB. */
    static final int HEAD_BYTES = 4096;

    static final int TEXT_SAMPLE_BYTES = 1000;

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final String WORKBOOK_PART = "xl/workbook.xml";

    private ContentSniffer() {}

    /**
     * @param path the file, opened again for a ZIP or OLE2 directory
     * @param head the first bytes of the file (up to {@link #HEAD_BYTES})
     * @param length how many bytes of {@code head} are valid
     */
    static ContentKind sniff(Path path, byte[] head, int length) {
        if (startsWith(head, length, ZIP_MAGIC)) {
            return zipContent(path);
        }
        if (startsWith(head, length, OLE2_MAGIC)) {
            return ole2Content(path);
        }
        return isText(head, length) ? ContentKind.TEXT : ContentKind.BINARY;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int index = 0; index < magic.length; index++) {
            if (head[index] != magic[index]) {
                return false;
            }
        }
        return true;
    }

    private static ContentKind zipContent(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                String part = name.startsWith("/") ? name.substring(1) : name;
                if (part.equalsIgnoreCase(WORKBOOK_PART)) {
                    return ContentKind.XLSX_PACKAGE;
                }
            }
            return ContentKind.OTHER_ZIP;
        } catch (IOException | RuntimeException e) {
            // a damaged archive is not a workbook we can read
            return ContentKind.OTHER_ZIP;
        }
    }

    private static ContentKind ole2Content(Path path) {
        try (POIFSFileSystem filesystem = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = filesystem.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return ContentKind.ENCRYPTED_PACKAGE;
            }
            if (root.hasEntryCaseInsensitive("Workbook")) {
                return ContentKind.XLS_WORKBOOK;
            }
            if (root.hasEntryCaseInsensitive("Book")) {
                return ContentKind.OLD_XLS_WORKBOOK;
            }
            return ContentKind.OTHER_OLE2;
        } catch (IOException | RuntimeException e) {
            return ContentKind.OTHER_OLE2;
        }
    }

    /**
     * The text rule of columns.md §2.5: after any byte-order mark, at most 10 % of the first 1,000 bytes are control
     * characters other than TAB, LF and CR. UTF-16 text (a {@code FF FE} or {@code FE FF} mark, or more than 30 % zero
     * bytes in the even or the odd positions of the first 4 KB, columns.md §2.2) is judged by its 16-bit characters.
     */
    static boolean isText(byte[] head, int length) {
        int offset = 0;
        Utf16 utf16 = Utf16.NONE;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            offset = 2;
            utf16 = Utf16.LITTLE_ENDIAN;
        } else if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            offset = 2;
            utf16 = Utf16.BIG_ENDIAN;
        } else {
            utf16 = utf16ByZeroBytes(head, Math.min(length, HEAD_BYTES));
        }
        int end = Math.min(length, offset + TEXT_SAMPLE_BYTES);
        int characters = 0;
        int controls = 0;
        if (utf16 == Utf16.NONE) {
            for (int index = offset; index < end; index++) {
                characters++;
                if (isControl(head[index] & 0xFF)) {
                    controls++;
                }
            }
        } else {
            for (int index = offset; index + 1 < end; index += 2) {
                int first = head[index] & 0xFF;
                int second = head[index + 1] & 0xFF;
                int unit = utf16 == Utf16.LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
                characters++;
                if (isControl(unit)) {
                    controls++;
                }
            }
        }
        return controls * 10L <= characters;
    }

    private enum Utf16 {
        NONE,
        LITTLE_ENDIAN,
        BIG_ENDIAN
    }

    /** ASCII text in UTF-16 LE has its zero bytes in the odd positions, in UTF-16 BE in the even ones. */
    private static Utf16 utf16ByZeroBytes(byte[] head, int length) {
        int evenBytes = 0;
        int evenZeros = 0;
        int oddBytes = 0;
        int oddZeros = 0;
        for (int index = 0; index < length; index++) {
            boolean zero = head[index] == 0;
            if (index % 2 == 0) {
                evenBytes++;
                evenZeros += zero ? 1 : 0;
            } else {
                oddBytes++;
                oddZeros += zero ? 1 : 0;
            }
        }
        if (oddZeros * 10L > oddBytes * 3L) {
            return Utf16.LITTLE_ENDIAN;
        }
        if (evenZeros * 10L > evenBytes * 3L) {
            return Utf16.BIG_ENDIAN;
        }
        return Utf16.NONE;
    }

    private static boolean isControl(int character) {
        boolean c0 = character < 0x20 && character != '\t' && character != '\n' && character != '\r';
        return c0 || character == 0x7F;
    }
}
